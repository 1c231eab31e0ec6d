using System.Formats.Cbor;
using Harness.Protocol.Lwm2m.Content.Cbor;

namespace Harness.Protocol.Lwm2m.Content.SenmlCbor;

/// <summary>Reads one record map: labels, field types, duplicates and must-understand labels.</summary>
internal static class SenmlRecordReader
{
    private const int ObjectLinkBit = 1 << 20;

    public static SenmlRecordFields Read(CborReader reader, int length, DecodeErrors errors)
    {
        var record = default(SenmlRecordFields);
        var seen = 0;
        reader.ReadStartMap();
        while (reader.PeekState() != CborReaderState.EndMap)
        {
            var keyOffset = CborFailure.Offset(reader, length);
            var keyState = reader.PeekState();
            if (keyState is CborReaderState.UnsignedInteger or CborReaderState.NegativeInteger)
            {
                var label = ReadLabel(reader);
                if (label is >= SenmlLabels.BaseSum and <= SenmlLabels.DataValue)
                {
                    var bit = 1 << (label - SenmlLabels.BaseSum);
                    if ((seen & bit) != 0)
                    {
                        errors.Add(SenmlCborRuleIds.LabelDuplicate, $"{SenmlLabels.NameOf(label)} occurs twice in one record", keyOffset, SenmlClauses.Labels);
                        reader.SkipValue();
                        continue;
                    }

                    seen |= bit;
                    SenmlFieldReader.Read(reader, ref record, label, length, errors);
                }
                else
                {
                    reader.SkipValue();
                }
            }
            else if (CborItems.IsText(keyState))
            {
                TextLabel(reader, ref record, length, keyOffset, ref seen, errors);
            }
            else
            {
                errors.Add(SenmlCborRuleIds.LabelType, $"a label is {CborItems.Describe(keyState)}; labels are integers or text strings", keyOffset, SenmlClauses.Labels);
                reader.SkipValue();
                reader.SkipValue();
            }
        }

        reader.ReadEndMap();
        return record;
    }

    /// <summary>Integer labels outside the int range are unknown labels; they are skipped like any other.</summary>
    private static int ReadLabel(CborReader reader)
    {
        var number = CborItems.ReadNumber(reader);
        return number is { Kind: WireValueKind.Integer, Integer: >= int.MinValue and <= int.MaxValue } n ? (int)n.Integer : int.MaxValue;
    }

    private static void TextLabel(CborReader reader, ref SenmlRecordFields record, int length, int keyOffset, ref int seen, DecodeErrors errors)
    {
        if (!CborItems.TryReadUtf8(reader, out var utf8))
        {
            errors.Add(CborRuleIds.InvalidUtf8, "a text label is not valid UTF-8", keyOffset, CborFailure.Utf8Clause);
            reader.SkipValue();
            return;
        }

        var key = utf8.Span;
        if (key.SequenceEqual("vlo"u8))
        {
            if ((seen & ObjectLinkBit) != 0)
            {
                errors.Add(SenmlCborRuleIds.LabelDuplicate, "vlo occurs twice in one record", keyOffset, SenmlClauses.Labels);
                reader.SkipValue();
                return;
            }

            seen |= ObjectLinkBit;
            SenmlFieldReader.ReadObjectLink(reader, ref record, length, errors);
            return;
        }

        if (!key.IsEmpty && key[^1] == (byte)'_')
        {
            errors.Add(SenmlCborRuleIds.MustUnderstand, $"label \"{System.Text.Encoding.UTF8.GetString(key)}\" must be understood, and is not", keyOffset, SenmlClauses.MustUnderstand);
        }

        reader.SkipValue();
    }
}
