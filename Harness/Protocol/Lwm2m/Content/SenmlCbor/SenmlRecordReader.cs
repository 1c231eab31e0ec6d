using System.Formats.Cbor;
using Harness.Protocol.Lwm2m.Content.Cbor;

namespace Harness.Protocol.Lwm2m.Content.SenmlCbor;

/// <summary>Reads one record map: labels, field types, duplicates and must-understand labels.</summary>
internal static class SenmlRecordReader
{
    private const int ObjectLinkBit = 1 << 20;

    /// <summary>Fills <paramref name="record"/> (reused from record to record, so the large struct is never copied).</summary>
    public static void Read(ref CborSpanReader reader, ref SenmlRecordFields record, DecodeErrors errors)
    {
        record = default;
        var seen = 0;
        reader.ReadStartMap();
        while (reader.PeekState() != CborReaderState.EndMap)
        {
            var keyOffset = reader.Offset;
            var keyState = reader.PeekState();
            if (keyState is CborReaderState.UnsignedInteger or CborReaderState.NegativeInteger)
            {
                var label = ReadLabel(ref reader, keyState);
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
                    SenmlFieldReader.Read(ref reader, ref record, label, errors);
                }
                else
                {
                    reader.SkipValue();
                }
            }
            else if (CborItems.IsText(keyState))
            {
                TextLabel(ref reader, ref record, keyOffset, ref seen, errors);
            }
            else
            {
                errors.Add(SenmlCborRuleIds.LabelType, $"a label is {CborItems.Describe(keyState)}; labels are integers or text strings", keyOffset, SenmlClauses.Labels);
                reader.SkipValue();
                reader.SkipValue();
            }
        }

        reader.ReadEndMap();
    }

    /// <summary>Integer labels outside the int range are unknown labels; they are skipped like any other.</summary>
    private static int ReadLabel(ref CborSpanReader reader, CborReaderState state)
    {
        if (state == CborReaderState.UnsignedInteger)
        {
            var value = reader.ReadUInt64();
            return value <= int.MaxValue ? (int)value : int.MaxValue;
        }

        var magnitude = reader.ReadCborNegativeIntegerRepresentation();
        return magnitude <= int.MaxValue ? -1 - (int)magnitude : int.MaxValue;
    }

    private static void TextLabel(ref CborSpanReader reader, ref SenmlRecordFields record, int keyOffset, ref int seen, DecodeErrors errors)
    {
        if (!reader.TryReadUtf8(out var utf8))
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
            SenmlFieldReader.ReadObjectLink(ref reader, ref record, errors);
            return;
        }

        if (!key.IsEmpty && key[^1] == (byte)'_')
        {
            errors.Add(SenmlCborRuleIds.MustUnderstand, $"label \"{System.Text.Encoding.UTF8.GetString(key)}\" must be understood, and is not", keyOffset, SenmlClauses.MustUnderstand);
        }

        reader.SkipValue();
    }
}
