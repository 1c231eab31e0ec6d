using System.Collections.Immutable;
using Harness.Protocol.Coap;

namespace Harness.Protocol.Lwm2m.Content.Tlv;

/// <summary>
/// The syntax tier's reading of a payload: top-level records and the syntax violations. Strict: the
/// records, or no records and the one violation that rejected the bytes. Lax: every record it could
/// read and every violation.
/// </summary>
public sealed record TlvSyntaxResult(ImmutableArray<TlvRecord> Records, IReadOnlyList<CoapFormatError> Errors)
{
    public bool IsValid => !Errors.Any(e => e.Level == RequirementLevel.Must);
}
