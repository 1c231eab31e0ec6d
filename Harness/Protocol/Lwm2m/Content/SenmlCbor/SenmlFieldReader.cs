using System.Formats.Cbor;
using Harness.Protocol.Lwm2m.Content.Cbor;

namespace Harness.Protocol.Lwm2m.Content.SenmlCbor;

/// <summary>Reads the value of one known label, checking the CBOR type RFC 8428 §6 gives it.</summary>
internal static class SenmlFieldReader
{
    public static void Read(ref CborSpanReader reader, ref SenmlRecordFields record, int label, DecodeErrors errors)
    {
        var offset = reader.Offset;
        var state = reader.PeekState();
        switch (label)
        {
            case SenmlLabels.BaseName or SenmlLabels.Name or SenmlLabels.BaseUnit or SenmlLabels.Unit or SenmlLabels.StringValue:
                Text(ref reader, ref record, label, state, offset, errors);
                return;
            case SenmlLabels.BooleanValue when state == CborReaderState.Boolean:
                record.BooleanValue = reader.ReadBoolean();
                return;
            case SenmlLabels.BooleanValue:
                Mismatch(ref reader, label, "a boolean", state, offset, errors);
                return;
            case SenmlLabels.DataValue when state == CborReaderState.ByteString:
                record.DataValue = reader.ReadDefiniteLengthBytes();
                return;
            case SenmlLabels.DataValue when state == CborReaderState.StartIndefiniteLengthByteString:
                record.DataValue = reader.ReadByteString();
                return;
            case SenmlLabels.DataValue:
                Mismatch(ref reader, label, "a byte string", state, offset, errors);
                return;
            case SenmlLabels.BaseVersion when state is CborReaderState.UnsignedInteger or CborReaderState.NegativeInteger:
                if (CborItems.ReadNumber(ref reader) is { Kind: WireValueKind.Integer } version)
                {
                    record.BaseVersion = version.Integer;
                }
                else
                {
                    Mismatch(ref reader, label, "an integer of 64 bits", state, offset, errors, consumed: true);
                }

                return;
            case SenmlLabels.BaseVersion:
                Mismatch(ref reader, label, "an integer", state, offset, errors);
                return;
            default:
                Number(ref reader, ref record, label, state, offset, errors);
                return;
        }
    }

    private static void Text(ref CborSpanReader reader, ref SenmlRecordFields record, int label, CborReaderState state, int offset, DecodeErrors errors)
    {
        if (!CborItems.IsText(state))
        {
            Mismatch(ref reader, label, "a text string", state, offset, errors);
            return;
        }

        if (!reader.TryReadUtf8(out var utf8))
        {
            errors.Add(CborRuleIds.InvalidUtf8, $"{SenmlLabels.NameOf(label)} is not valid UTF-8", offset, CborFailure.Utf8Clause);
            return;
        }

        switch (label)
        {
            case SenmlLabels.BaseName:
                record.BaseName = utf8;
                break;
            case SenmlLabels.Name:
                record.Name = utf8;
                break;
            case SenmlLabels.BaseUnit:
                record.BaseUnit = System.Text.Encoding.UTF8.GetString(utf8.Span);
                break;
            case SenmlLabels.Unit:
                record.Unit = System.Text.Encoding.UTF8.GetString(utf8.Span);
                break;
            default:
                record.StringValue = System.Text.Encoding.UTF8.GetString(utf8.Span);
                break;
        }
    }

    public static void ReadObjectLink(ref CborSpanReader reader, ref SenmlRecordFields record, DecodeErrors errors)
    {
        var offset = reader.Offset;
        var state = reader.PeekState();
        if (!CborItems.IsText(state))
        {
            errors.Add(SenmlCborRuleIds.FieldType, $"vlo holds {CborItems.Describe(state)}; it needs a text string", offset, SenmlClauses.Fields);
            reader.SkipValue();
            return;
        }

        if (!reader.TryReadUtf8(out var utf8))
        {
            errors.Add(CborRuleIds.InvalidUtf8, "vlo is not valid UTF-8", offset, CborFailure.Utf8Clause);
            return;
        }

        record.ObjectLink = System.Text.Encoding.UTF8.GetString(utf8.Span);
    }

    private static void Number(ref CborSpanReader reader, ref SenmlRecordFields record, int label, CborReaderState state, int offset, DecodeErrors errors)
    {
        if (!CborItems.IsNumber(state))
        {
            Mismatch(ref reader, label, "a number", state, offset, errors);
            return;
        }

        if (CborItems.ReadNumber(ref reader) is not { } number)
        {
            errors.Add(ContentRuleIds.ValueRange, $"{SenmlLabels.NameOf(label)} is an integer below -2^63", offset, SenmlClauses.Fields);
            return;
        }

        var asDouble = number.Kind switch
        {
            WireValueKind.Integer => number.Integer,
            WireValueKind.UnsignedInteger => number.Unsigned,
            _ => number.Float,
        };
        switch (label)
        {
            case SenmlLabels.Value:
                record.Value = number;
                break;
            case SenmlLabels.BaseTime:
                record.BaseTime = asDouble;
                break;
            case SenmlLabels.Time:
                record.Time = asDouble;
                break;
            case SenmlLabels.UpdateTime:
                record.UpdateTime = asDouble;
                break;
            case SenmlLabels.BaseValue:
                record.BaseValue = asDouble;
                break;
            case SenmlLabels.BaseSum:
                record.BaseSum = asDouble;
                break;
            default:
                record.Sum = asDouble;
                break;
        }
    }

    private static void Mismatch(
        ref CborSpanReader reader, int label, string expected, CborReaderState state, int offset, DecodeErrors errors, bool consumed = false)
    {
        errors.Add(SenmlCborRuleIds.FieldType, $"{SenmlLabels.NameOf(label)} holds {CborItems.Describe(state)}; it needs {expected}", offset, SenmlClauses.Fields);
        if (!consumed)
        {
            reader.SkipValue();
        }
    }
}
