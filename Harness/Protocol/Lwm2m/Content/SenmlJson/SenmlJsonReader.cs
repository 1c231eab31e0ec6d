using System.Text.Json;
using Harness.Protocol.Coap;

namespace Harness.Protocol.Lwm2m.Content.SenmlJson;

/// <summary>
/// Syntax tier of SenML JSON (RFC 8428 §5) and SenML-ETCH JSON (RFC 8790): bytes to records. Checks what
/// the JSON text and the record structure say on their own; names, paths and types are the meaning tier's.
/// </summary>
internal static partial class SenmlJsonReader
{
    public static SenmlPack Read(ReadOnlyMemory<byte> payload, CoapDecodeMode mode, SenmlReadMode readMode)
    {
        var sink = new SenmlErrorSink(mode);
        var records = Read(payload.Span, sink, readMode);
        return new SenmlPack(sink.Stopped ? [] : records, sink.Verdict);
    }

    /// <summary>Reads records into a list, reporting to <paramref name="sink"/>; stops early only when strict.</summary>
    public static List<SenmlRecord> Read(ReadOnlySpan<byte> payload, SenmlErrorSink sink, SenmlReadMode readMode)
    {
        var records = new List<SenmlRecord>(16);
        int invalid = JsonPayload.FindInvalidUtf8(payload);
        if (invalid >= 0 && !sink.Must(SenmlRuleIds.JsonUtf8, "The payload is not well-formed UTF-8", invalid, SenmlClauses.JsonEncoding))
        {
            return records;
        }

        var reader = new Utf8JsonReader(payload, JsonPayload.ReaderOptions);
        try
        {
            ReadPack(ref reader, sink, readMode, records);
        }
        catch (JsonException exception)
        {
            sink.Must(SenmlRuleIds.JsonSyntax, JsonPayload.SyntaxMessage(exception), JsonPayload.ErrorOffset(exception, payload), SenmlClauses.JsonText);
        }

        return records;
    }

    private static void ReadPack(ref Utf8JsonReader reader, SenmlErrorSink sink, SenmlReadMode readMode, List<SenmlRecord> records)
    {
        reader.Read();
        int packOffset = (int)reader.TokenStartIndex;
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            if (sink.Must(SenmlRuleIds.PackArray, $"A SenML JSON pack is an array of records, not {JsonPayload.Describe(reader.TokenType)}", packOffset, SenmlClauses.Pack))
            {
                reader.Skip();
                reader.Read();
            }

            return;
        }

        int index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            int offset = (int)reader.TokenStartIndex;
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                if (!sink.Must(SenmlRuleIds.RecordObject, $"Record {index} is {JsonPayload.Describe(reader.TokenType)}, not an object", offset, SenmlClauses.Pack))
                {
                    return;
                }

                reader.Skip();
            }
            else
            {
                var record = ReadRecord(ref reader, index, sink, readMode);
                if (sink.Stopped)
                {
                    return;
                }

                records.Add(record);
            }

            index++;
        }

        // Anything after the array is a syntax error the reader throws on.
        reader.Read();
        if (readMode == SenmlReadMode.FetchPack && index == 0)
        {
            sink.Must(SenmlRuleIds.FetchEmpty, "A Fetch Pack holds at least one record", packOffset, SenmlClauses.FetchPack);
        }
    }
}
