using System.Text.Json;

namespace Harness.Protocol.Lwm2m.Content.SenmlJson;

/// <summary>Value fields: one per record, of the JSON type the label asks for; null only in a Patch Pack.</summary>
internal static partial class SenmlJsonReader
{
    private static bool ReadValue(
        ref Utf8JsonReader reader, SenmlField field, string label, int keyOffset, ref SenmlRecordBuilder record, SenmlErrorSink sink, SenmlReadMode mode)
    {
        int offset = (int)reader.TokenStartIndex;
        if (record.ValueKind != SenmlValueKind.None)
        {
            return sink.Must(SenmlRuleIds.ValueMultiple, $"Record {record.Index} has a second value field \"{label}\"", keyOffset, SenmlClauses.OneValue);
        }

        if (reader.TokenType == JsonTokenType.Null)
        {
            if (mode != SenmlReadMode.Patch)
            {
                return sink.Must(SenmlRuleIds.ValueNull, $"Record {record.Index}: \"{label}\" is null, which only a SenML-ETCH Patch Pack may carry", offset, SenmlClauses.PatchNull);
            }

            (record.ValueKind, record.ValueOffset) = (SenmlValueKind.Null, offset);
            return true;
        }

        switch (field)
        {
            case SenmlField.Value:
                if (ExpectNumber(ref reader, label, record.Index, sink, out var number))
                {
                    (record.ValueKind, record.ValueOffset, record.Number) = (SenmlValueKind.Number, offset, number);
                }

                break;
            case SenmlField.BooleanValue:
                if (reader.TokenType is JsonTokenType.True or JsonTokenType.False)
                {
                    (record.ValueKind, record.ValueOffset, record.Boolean) = (SenmlValueKind.Boolean, offset, reader.TokenType == JsonTokenType.True);
                }
                else
                {
                    sink.Must(SenmlRuleIds.FieldType, $"Record {record.Index}: \"vb\" must be true or false, not {JsonPayload.Describe(reader.TokenType)}", offset, SenmlClauses.Fields);
                }

                break;
            default:
                if (ExpectString(ref reader, label, record.Index, sink, out string? text))
                {
                    var kind = field switch
                    {
                        SenmlField.DataValue => SenmlValueKind.Data,
                        SenmlField.ObjectLinkValue => SenmlValueKind.ObjectLink,
                        _ => SenmlValueKind.String,
                    };
                    (record.ValueKind, record.ValueOffset, record.Text) = (kind, offset, text);
                }

                break;
        }

        return !sink.Stopped;
    }

    private static bool ExpectString(ref Utf8JsonReader reader, string label, int index, SenmlErrorSink sink, out string? text)
    {
        text = null;
        int offset = (int)reader.TokenStartIndex;
        if (reader.TokenType != JsonTokenType.String)
        {
            sink.Must(SenmlRuleIds.FieldType, $"Record {index}: \"{label}\" must be a string, not {JsonPayload.Describe(reader.TokenType)}", offset, SenmlClauses.Fields);
            return false;
        }

        if (!JsonPayload.TryGetString(ref reader, out string value))
        {
            sink.Must(SenmlRuleIds.JsonString, $"Record {index}: the escapes of \"{label}\" do not form Unicode text", offset, SenmlClauses.JsonStrings);
            return false;
        }

        text = value;
        return true;
    }

    private static bool ExpectNumber(ref Utf8JsonReader reader, string label, int index, SenmlErrorSink sink, out SenmlNumber number)
    {
        number = default;
        int offset = (int)reader.TokenStartIndex;
        if (reader.TokenType != JsonTokenType.Number)
        {
            sink.Must(SenmlRuleIds.FieldType, $"Record {index}: \"{label}\" must be a number, not {JsonPayload.Describe(reader.TokenType)}", offset, SenmlClauses.Fields);
            return false;
        }

        if (!JsonPayload.TryGetNumber(ref reader, out number))
        {
            sink.Must(SenmlRuleIds.NumberRange, $"Record {index}: \"{label}\" lies beyond the range of a 64-bit float", offset, SenmlClauses.Fields);
            return false;
        }

        return true;
    }
}
