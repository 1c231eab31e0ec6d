using Harness.Protocol.Coap;

namespace Harness.Protocol.Lwm2m.Content.SenmlJson;

/// <summary>
/// The syntax tier's reading of a payload: the records in wire order and the rules broken on the way.
/// Strict reading stops at the first Must-level rule; lax reading keeps every record it could read.
/// </summary>
public sealed class SenmlPack
{
    public SenmlPack(IReadOnlyList<SenmlRecord> records, IReadOnlyList<CoapFormatError> errors)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(errors);
        Records = records;
        Errors = errors;
    }

    public IReadOnlyList<SenmlRecord> Records { get; }

    public IReadOnlyList<CoapFormatError> Errors { get; }

    /// <summary>True when no Must-level rule was broken.</summary>
    public bool IsValid => !Errors.Any(e => e.Level == RequirementLevel.Must);
}
