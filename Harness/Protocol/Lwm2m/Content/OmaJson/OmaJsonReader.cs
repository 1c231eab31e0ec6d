using System.Text.Json;
using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m.Content.SenmlJson;

namespace Harness.Protocol.Lwm2m.Content.OmaJson;

/// <summary>
/// Syntax tier of OMA JSON: <c>{"bn":…, "bt":…, "e":[{"n":…, "v"|"sv"|"bv"|"ov":…, "t":…}]}</c> to the
/// same records SenML JSON reads, so both share one meaning tier. The object's base name and base time
/// apply to every entry, whichever order the members come in; they are carried on the first record.
/// </summary>
internal static partial class OmaJsonReader
{
    public static SenmlPack Read(ReadOnlyMemory<byte> payload, CoapDecodeMode mode)
    {
        var sink = new SenmlErrorSink(mode);
        var records = Read(payload.Span, sink);
        return new SenmlPack(sink.Stopped ? [] : records, sink.Verdict);
    }

    public static List<SenmlRecord> Read(ReadOnlySpan<byte> payload, SenmlErrorSink sink)
    {
        var records = new List<SenmlRecord>(16);
        var top = new SenmlRecordBuilder(0, 0);
        var first = new SenmlRecordBuilder(0, 0);
        int invalid = JsonPayload.FindInvalidUtf8(payload);
        if (invalid < 0 || sink.Must(OmaJsonRuleIds.JsonUtf8, "The payload is not well-formed UTF-8", invalid, SenmlClauses.JsonEncoding))
        {
            var reader = new Utf8JsonReader(payload, JsonPayload.ReaderOptions);
            try
            {
                ReadRoot(ref reader, sink, ref top, ref first, records);
            }
            catch (JsonException exception)
            {
                sink.Must(OmaJsonRuleIds.JsonSyntax, JsonPayload.SyntaxMessage(exception), JsonPayload.ErrorOffset(exception, payload), SenmlClauses.JsonText);
            }
        }

        if (records.Count > 0 && (top.BaseName is not null || top.BaseTime is not null))
        {
            (first.BaseName, first.BaseNameOffset, first.BaseTime) = (top.BaseName, top.BaseNameOffset, top.BaseTime);
            records[0] = first.Build();
        }

        return records;
    }

    private static void ReadRoot(ref Utf8JsonReader reader, SenmlErrorSink sink, ref SenmlRecordBuilder top, ref SenmlRecordBuilder first, List<SenmlRecord> records)
    {
        reader.Read();
        int rootOffset = (int)reader.TokenStartIndex;
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            if (sink.Must(OmaJsonRuleIds.RootObject, $"An OMA JSON payload is an object with an \"e\" array, not {JsonPayload.Describe(reader.TokenType)}", rootOffset, OmaJsonClauses.Format))
            {
                reader.Skip();
                reader.Read();
            }

            return;
        }

        bool sawEntries = false;
        uint seen = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            int keyOffset = (int)reader.TokenStartIndex;
            string name = PropertyName(ref reader, sink, keyOffset);
            if (sink.Stopped)
            {
                return;
            }

            reader.Read();
            int bit = name switch { "bn" => 1, "bt" => 2, "e" => 4, _ => 0 };
            if (bit != 0 && (seen & bit) != 0)
            {
                if (!sink.Must(OmaJsonRuleIds.FieldRepeated, $"Member \"{name}\" appears twice", keyOffset, OmaJsonClauses.Format))
                {
                    return;
                }

                reader.Skip();
                continue;
            }

            seen |= (uint)bit;
            if (name == "e")
            {
                sawEntries = true;
                ReadEntries(ref reader, sink, ref first, records);
            }
            else if (!ReadBaseMember(ref reader, name, keyOffset, sink, ref top))
            {
                return;
            }

            if (sink.Stopped)
            {
                return;
            }

            reader.Skip();
        }

        reader.Read();
        if (!sawEntries)
        {
            sink.Must(OmaJsonRuleIds.EntryArray, "The payload has no \"e\" array of entries", rootOffset, OmaJsonClauses.Format);
        }
    }

    private static bool ReadBaseMember(ref Utf8JsonReader reader, string name, int keyOffset, SenmlErrorSink sink, ref SenmlRecordBuilder top)
    {
        int offset = (int)reader.TokenStartIndex;
        switch (name)
        {
            case "bn" when reader.TokenType == JsonTokenType.String && JsonPayload.TryGetString(ref reader, out string baseName):
                (top.BaseName, top.BaseNameOffset) = (baseName, offset);
                return true;
            case "bt" when reader.TokenType == JsonTokenType.Number && JsonPayload.TryGetNumber(ref reader, out var baseTime):
                top.BaseTime = baseTime.Double;
                return true;
            case "bn" or "bt":
                return sink.Must(OmaJsonRuleIds.FieldType, $"\"{name}\" must be {(name == "bn" ? "a string" : "a number")}, not {JsonPayload.Describe(reader.TokenType)}", offset, OmaJsonClauses.Format);
            default:
                sink.Should(OmaJsonRuleIds.FieldUnknown, $"Member \"{name}\" is not part of the format and is ignored", keyOffset, OmaJsonClauses.Format);
                return true;
        }
    }

    private static string PropertyName(ref Utf8JsonReader reader, SenmlErrorSink sink, int offset)
    {
        if (JsonPayload.TryGetString(ref reader, out string name))
        {
            return name;
        }

        sink.Must(OmaJsonRuleIds.JsonString, "A member name's escapes do not form Unicode text", offset, SenmlClauses.JsonStrings);
        return string.Empty;
    }
}
