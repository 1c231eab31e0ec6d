using System.Formats.Cbor;
using Harness.Protocol.Lwm2m.Content.Cbor;

namespace Harness.Protocol.Lwm2m.Content.SenmlCbor;

/// <summary>
/// The syntax tier: bytes to SenML records. <see cref="CborSpanReader"/> judges well-formedness only (as
/// <see cref="CborConformanceMode.Lax"/> does); duplicate labels, invalid UTF-8 and every other check happen
/// here so each gets its own rule id and offset. Canonical modes would wrongly reject what RFC 8428 allows
/// (indefinite lengths, unsorted labels, wide integers).
/// </summary>
public static class SenmlCborReader
{
    /// <summary>The records of <paramref name="payload"/>; null when the pack could not be read at all.</summary>
    public static IReadOnlyList<SenmlRecord>? Read(ReadOnlyMemory<byte> payload, Coap.CoapDecodeMode mode, out IReadOnlyList<Coap.CoapFormatError> errors)
    {
        var sink = new DecodeErrors(mode);
        var records = Read(payload, sink);
        errors = sink.ForResult();
        return mode == Coap.CoapDecodeMode.Strict && sink.HasMust ? null : records;
    }

    internal static List<SenmlRecord>? Read(ReadOnlyMemory<byte> payload, DecodeErrors errors)
    {
        var sink = new RecordListSink([]);
        return ReadInto(payload, errors, ref sink) ? sink.Records : null;
    }

    /// <summary>Hands each record to <paramref name="sink"/> as it is read; false when the pack could not be read at all.</summary>
    internal static bool ReadInto<TSink>(ReadOnlyMemory<byte> payload, DecodeErrors errors, ref TSink sink)
        where TSink : struct, ISenmlRecordSink
    {
        if (payload.IsEmpty)
        {
            errors.Add(CborRuleIds.Malformed, "empty payload: a SenML pack needs at least an empty array", 0, CborFailure.WellFormedClause);
            return false;
        }

        var reader = new CborSpanReader(payload);
        try
        {
            if (reader.PeekState() != CborReaderState.StartArray)
            {
                errors.Add(SenmlCborRuleIds.PackNotArray, $"the payload is {CborItems.Describe(reader.PeekState())}, not an array of records", 0, SenmlClauses.Pack);
                return false;
            }

            // A record takes at least six bytes (a map with a one-byte name and a one-byte value), which bounds the reservation.
            var declared = reader.ReadStartArray();
            sink.Reserve(Math.Min(declared < 0 ? 16 : declared, payload.Length / 6));
            var index = 0;
            var fields = default(SenmlRecordFields);
            while (reader.PeekState() != CborReaderState.EndArray)
            {
                var offset = reader.Offset;
                if (reader.PeekState() != CborReaderState.StartMap)
                {
                    errors.Add(SenmlCborRuleIds.RecordNotMap, $"record {index} is {CborItems.Describe(reader.PeekState())}, not a map", offset, SenmlClauses.Pack);
                    reader.SkipValue();
                }
                else
                {
                    SenmlRecordReader.Read(ref reader, ref fields, errors);
                    sink.Add(in fields, offset);
                }

                index++;
            }

            reader.ReadEndArray();
            if (reader.BytesRemaining > 0)
            {
                errors.Add(CborRuleIds.TrailingBytes, $"{reader.BytesRemaining} bytes follow the pack", reader.Offset, CborFailure.WellFormedClause);
            }
        }
        catch (Exception e) when (CborFailure.IsInputFault(e))
        {
            errors.Add(CborRuleIds.Malformed, CborFailure.Describe(e), reader.Offset, CborFailure.WellFormedClause);
        }

        return true;
    }
}
