using System.Formats.Cbor;
using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m.Content.Cbor;

namespace Harness.Protocol.Lwm2m.Content.Lwm2mCbor;

/// <summary>
/// The syntax tier: bytes to (path, wire value) leaves. Keys are ids or arrays of ids, summed along the
/// nesting into full paths from the Object level. <see cref="CborSpanReader"/> judges well-formedness only
/// (as <see cref="CborConformanceMode.Lax"/> does) so that duplicate keys and UTF-8 get this format's own
/// rule ids and offsets; canonical modes would reject the indefinite lengths and unsorted keys that devices
/// legitimately send.
/// </summary>
public static class Lwm2mCborReader
{
    public static IReadOnlyList<WireLeaf>? Read(ReadOnlyMemory<byte> payload, CoapDecodeMode mode, out IReadOnlyList<CoapFormatError> errors)
    {
        var sink = new DecodeErrors(mode);
        var leaves = new List<WireLeaf>(Math.Min(payload.Length / 4, 256));
        var read = Read(payload, sink, leaves);
        errors = sink.ForResult();
        return !read || (mode == CoapDecodeMode.Strict && sink.HasMust) ? null : leaves;
    }

    /// <summary>Adds the payload's leaves to <paramref name="leaves"/>; false when the payload is no map at all.</summary>
    internal static bool Read(ReadOnlyMemory<byte> payload, DecodeErrors errors, List<WireLeaf> leaves)
    {
        if (payload.IsEmpty)
        {
            errors.Add(CborRuleIds.Malformed, "empty payload: LwM2M CBOR needs at least an empty map", 0, CborFailure.WellFormedClause);
            return false;
        }

        var reader = new CborSpanReader(payload);
        try
        {
            if (reader.PeekState() != CborReaderState.StartMap)
            {
                errors.Add(Lwm2mCborRuleIds.RootNotMap, $"the payload is {CborItems.Describe(reader.PeekState())}, not a map keyed by object ids", 0, Lwm2mCborClauses.Structure);
                return false;
            }

            new Lwm2mCborMapWalker(leaves, errors).ReadMap(ref reader, new PathPrefix());
            if (reader.BytesRemaining > 0)
            {
                errors.Add(CborRuleIds.TrailingBytes, $"{reader.BytesRemaining} bytes follow the map", reader.Offset, CborFailure.WellFormedClause);
            }
        }
        catch (Exception e) when (CborFailure.IsInputFault(e))
        {
            errors.Add(CborRuleIds.Malformed, CborFailure.Describe(e), reader.Offset, CborFailure.WellFormedClause);
        }

        return true;
    }
}
