using System.Text;
using System.Text.Json;

namespace Harness.Protocol.Lwm2m.Content.SenmlJson;

/// <summary>One record: its fields, each checked for type, repetition and whether the pack kind allows it.</summary>
internal static partial class SenmlJsonReader
{
    private static SenmlRecord ReadRecord(ref Utf8JsonReader reader, int index, SenmlErrorSink sink, SenmlReadMode mode)
    {
        var record = new SenmlRecordBuilder(index, (int)reader.TokenStartIndex);
        uint seen = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            int keyOffset = (int)reader.TokenStartIndex;
            var field = IdentifyProperty(ref reader, sink, keyOffset, out bool mustUnderstand, out string label);
            if (sink.Stopped)
            {
                return record.Build();
            }

            reader.Read();
            if (!ReadField(ref reader, field, mustUnderstand ? label : null, keyOffset, ref record, ref seen, sink, mode))
            {
                return record.Build();
            }

            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                reader.Skip();
            }
        }

        return record.Build();
    }

    private static SenmlField IdentifyProperty(ref Utf8JsonReader reader, SenmlErrorSink sink, int offset, out bool mustUnderstand, out string label)
    {
        ReadOnlySpan<byte> name = reader.ValueSpan;
        if (!reader.ValueIsEscaped)
        {
            var field = SenmlFieldNames.Identify(name);
            mustUnderstand = field == SenmlField.Unknown && name.Length > 0 && name[^1] == (byte)'_';
            label = mustUnderstand ? Encoding.UTF8.GetString(name) : string.Empty;
            return field;
        }

        if (!JsonPayload.TryGetString(ref reader, out label))
        {
            sink.Must(SenmlRuleIds.JsonString, "A field name's escapes do not form Unicode text", offset, SenmlClauses.JsonStrings);
            mustUnderstand = false;
            return SenmlField.Unknown;
        }

        var unescaped = SenmlFieldNames.Identify(Encoding.UTF8.GetBytes(label));
        mustUnderstand = unescaped == SenmlField.Unknown && label.EndsWith('_');
        return unescaped;
    }

    /// <summary>Stores one field's value in <paramref name="record"/>; false when strict decoding must stop.</summary>
    private static bool ReadField(
        ref Utf8JsonReader reader, SenmlField field, string? mustUnderstandLabel, int keyOffset,
        ref SenmlRecordBuilder record, ref uint seen, SenmlErrorSink sink, SenmlReadMode mode)
    {
        if (field == SenmlField.Unknown)
        {
            return mustUnderstandLabel is null || sink.Must(
                SenmlRuleIds.FieldMustUnderstand,
                $"Record {record.Index} has field \"{mustUnderstandLabel}\", which must be understood (its label ends in '_') and is not",
                keyOffset,
                SenmlClauses.Extensibility);
        }

        string label = SenmlFieldNames.Label(field);
        uint bit = 1u << (int)field;
        if ((seen & bit) != 0)
        {
            return sink.Must(SenmlRuleIds.FieldRepeated, $"Field \"{label}\" appears twice in record {record.Index}", keyOffset, SenmlClauses.Fields);
        }

        seen |= bit;
        if (mode == SenmlReadMode.PathList && !SenmlFieldNames.IsPathListField(field))
        {
            return sink.Must(SenmlRuleIds.PathsField, $"A path list carries names only; record {record.Index} has \"{label}\"", keyOffset, SenmlClauses.PathList);
        }

        if (mode == SenmlReadMode.FetchPack && !SenmlFieldNames.IsFetchField(field))
        {
            return sink.Must(SenmlRuleIds.PathsField, $"A Fetch Record carries names, times and units only; record {record.Index} has \"{label}\"", keyOffset, SenmlClauses.FetchPack);
        }

        return SenmlFieldNames.IsValue(field)
            ? ReadValue(ref reader, field, label, keyOffset, ref record, sink, mode)
            : ReadOtherField(ref reader, field, label, ref record, sink);
    }

    private static bool ReadOtherField(ref Utf8JsonReader reader, SenmlField field, string label, ref SenmlRecordBuilder record, SenmlErrorSink sink)
    {
        int offset = (int)reader.TokenStartIndex;
        switch (field)
        {
            case SenmlField.BaseName or SenmlField.Name or SenmlField.BaseUnit or SenmlField.Unit:
                if (!ExpectString(ref reader, label, record.Index, sink, out string? text))
                {
                    return !sink.Stopped;
                }

                if (field == SenmlField.BaseName)
                {
                    (record.BaseName, record.BaseNameOffset) = (text, offset);
                }
                else if (field == SenmlField.Name)
                {
                    (record.Name, record.NameOffset) = (text, offset);
                }
                else if (field == SenmlField.BaseUnit)
                {
                    record.BaseUnit = text;
                }
                else
                {
                    record.Unit = text;
                }

                return true;
            case SenmlField.BaseVersion:
                return ReadVersion(ref reader, ref record, sink);
            case SenmlField.BaseValue:
                if (ExpectNumber(ref reader, label, record.Index, sink, out var baseValue))
                {
                    record.BaseValue = baseValue;
                }

                return !sink.Stopped;
            default:
                if (ExpectNumber(ref reader, label, record.Index, sink, out var number))
                {
                    StoreTimeOrSum(field, number.Double, ref record);
                }

                return !sink.Stopped;
        }
    }

    private static void StoreTimeOrSum(SenmlField field, double value, ref SenmlRecordBuilder record)
    {
        switch (field)
        {
            case SenmlField.BaseTime: record.BaseTime = value; break;
            case SenmlField.Time: record.Time = value; break;
            case SenmlField.UpdateTime: record.UpdateTime = value; break;
            case SenmlField.Sum: record.Sum = value; break;
            default: break;
        }
    }

    private static bool ReadVersion(ref Utf8JsonReader reader, ref SenmlRecordBuilder record, SenmlErrorSink sink)
    {
        int offset = (int)reader.TokenStartIndex;
        if (reader.TokenType != JsonTokenType.Number || !reader.TryGetInt64(out long version) || version < 1)
        {
            return sink.Must(SenmlRuleIds.FieldType, $"Record {record.Index}: \"bver\" must be a positive integer", offset, SenmlClauses.Version);
        }

        record.BaseVersion = version;
        return version <= 10 || sink.Must(SenmlRuleIds.Version, $"Record {record.Index} asks for SenML version {version}; this decoder knows version 10", offset, SenmlClauses.Version);
    }
}
