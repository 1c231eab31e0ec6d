using System.Text.Json;
using Harness.Protocol.Lwm2m.Content.SenmlJson;

namespace Harness.Protocol.Lwm2m.Content.OmaJson;

/// <summary>The "e" array: one entry per value, each with a name, one value member and an optional time.</summary>
internal static partial class OmaJsonReader
{
    private static void ReadEntries(ref Utf8JsonReader reader, SenmlErrorSink sink, ref SenmlRecordBuilder first, List<SenmlRecord> records)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            sink.Must(OmaJsonRuleIds.EntryArray, $"\"e\" must be an array of entries, not {JsonPayload.Describe(reader.TokenType)}", (int)reader.TokenStartIndex, OmaJsonClauses.Format);
            return;
        }

        int index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            int offset = (int)reader.TokenStartIndex;
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                if (!sink.Must(OmaJsonRuleIds.EntryObject, $"Entry {index} is {JsonPayload.Describe(reader.TokenType)}, not an object", offset, OmaJsonClauses.Format))
                {
                    return;
                }

                reader.Skip();
            }
            else
            {
                var entry = ReadEntry(ref reader, index, sink);
                if (sink.Stopped)
                {
                    return;
                }

                if (records.Count == 0)
                {
                    first = entry;
                }

                records.Add(entry.Build());
            }

            index++;
        }
    }

    private static SenmlRecordBuilder ReadEntry(ref Utf8JsonReader reader, int index, SenmlErrorSink sink)
    {
        var entry = new SenmlRecordBuilder(index, (int)reader.TokenStartIndex);
        uint seen = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            int keyOffset = (int)reader.TokenStartIndex;
            string name = PropertyName(ref reader, sink, keyOffset);
            if (sink.Stopped)
            {
                return entry;
            }

            reader.Read();
            int bit = name switch { "n" => 1, "v" => 2, "sv" => 4, "bv" => 8, "ov" => 16, "t" => 32, _ => 0 };
            if (bit == 0)
            {
                sink.Should(OmaJsonRuleIds.FieldUnknown, $"Entry {index} has member \"{name}\", which is not part of the format and is ignored", keyOffset, OmaJsonClauses.Format);
            }
            else if ((seen & bit) != 0)
            {
                if (!sink.Must(OmaJsonRuleIds.FieldRepeated, $"Member \"{name}\" appears twice in entry {index}", keyOffset, OmaJsonClauses.Format))
                {
                    return entry;
                }
            }
            else
            {
                seen |= (uint)bit;
                if (!ReadMember(ref reader, name, keyOffset, index, sink, ref entry))
                {
                    return entry;
                }
            }

            reader.Skip();
        }

        return entry;
    }

    private static bool ReadMember(ref Utf8JsonReader reader, string name, int keyOffset, int index, SenmlErrorSink sink, ref SenmlRecordBuilder entry)
    {
        int offset = (int)reader.TokenStartIndex;
        var expected = name switch
        {
            "v" or "t" => JsonTokenType.Number,
            "bv" => JsonTokenType.True,
            _ => JsonTokenType.String,
        };
        bool typeMatches = reader.TokenType == expected || (expected == JsonTokenType.True && reader.TokenType == JsonTokenType.False);
        if (!typeMatches)
        {
            string wanted = expected switch { JsonTokenType.Number => "a number", JsonTokenType.True => "true or false", _ => "a string" };
            return sink.Must(OmaJsonRuleIds.FieldType, $"Entry {index}: \"{name}\" must be {wanted}, not {JsonPayload.Describe(reader.TokenType)}", offset, OmaJsonClauses.Format);
        }

        if (name is "v" or "sv" or "bv" or "ov" && entry.ValueKind != SenmlValueKind.None)
        {
            return sink.Must(OmaJsonRuleIds.ValueMultiple, $"Entry {index} has a second value member \"{name}\"", keyOffset, OmaJsonClauses.Format);
        }

        if (expected == JsonTokenType.Number)
        {
            if (!JsonPayload.TryGetNumber(ref reader, out var number))
            {
                return sink.Must(OmaJsonRuleIds.NumberRange, $"Entry {index}: \"{name}\" lies beyond the range of a 64-bit float", offset, OmaJsonClauses.Format);
            }

            if (name == "t")
            {
                entry.Time = number.Double;
            }
            else
            {
                (entry.ValueKind, entry.ValueOffset, entry.Number) = (SenmlValueKind.Number, offset, number);
            }

            return true;
        }

        if (expected == JsonTokenType.True)
        {
            (entry.ValueKind, entry.ValueOffset, entry.Boolean) = (SenmlValueKind.Boolean, offset, reader.TokenType == JsonTokenType.True);
            return true;
        }

        if (!JsonPayload.TryGetString(ref reader, out string text))
        {
            return sink.Must(OmaJsonRuleIds.JsonString, $"Entry {index}: the escapes of \"{name}\" do not form Unicode text", offset, SenmlClauses.JsonStrings);
        }

        switch (name)
        {
            case "n":
                (entry.Name, entry.NameOffset) = (text, offset);
                break;
            case "ov":
                (entry.ValueKind, entry.ValueOffset, entry.Text) = (SenmlValueKind.ObjectLink, offset, text);
                break;
            default:
                (entry.ValueKind, entry.ValueOffset, entry.Text) = (SenmlValueKind.String, offset, text);
                break;
        }

        return true;
    }
}
