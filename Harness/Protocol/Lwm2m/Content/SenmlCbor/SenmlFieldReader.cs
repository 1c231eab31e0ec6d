using System.Formats.Cbor;
using Harness.Protocol.Lwm2m.Content.Cbor;

namespace Harness.Protocol.Lwm2m.Content.SenmlCbor;

/// <summary>Reads the value of one known label, checking the CBOR type RFC 8428 §6 gives it.</summary>
internal static class SenmlFieldReader
{
    public static SenmlRecord Read(CborReader reader, SenmlRecord record, int label, int length, DecodeErrors errors)
    {
        var offset = CborFailure.Offset(reader, length);
        var state = reader.PeekState();
        switch (label)
        {
            case SenmlLabels.BaseName or SenmlLabels.Name or SenmlLabels.BaseUnit or SenmlLabels.Unit or SenmlLabels.StringValue:
                if (!CborItems.IsText(state))
                {
                    return Mismatch(reader, record, label, "a text string", state, offset, errors);
                }

                if (!CborItems.TryReadUtf8(reader, out var utf8))
                {
                    errors.Add(CborRuleIds.InvalidUtf8, $"{SenmlLabels.NameOf(label)} is not valid UTF-8", offset, CborFailure.Utf8Clause);
                    return record;
                }

                return label switch
                {
                    SenmlLabels.BaseName => record with { BaseNameUtf8 = utf8 },
                    SenmlLabels.Name => record with { NameUtf8 = utf8 },
                    SenmlLabels.BaseUnit => record with { BaseUnit = System.Text.Encoding.UTF8.GetString(utf8.Span) },
                    SenmlLabels.Unit => record with { Unit = System.Text.Encoding.UTF8.GetString(utf8.Span) },
                    _ => record with { StringValue = System.Text.Encoding.UTF8.GetString(utf8.Span) },
                };
            case SenmlLabels.BooleanValue:
                return state == CborReaderState.Boolean
                    ? record with { BooleanValue = reader.ReadBoolean() }
                    : Mismatch(reader, record, label, "a boolean", state, offset, errors);
            case SenmlLabels.DataValue:
                return state switch
                {
                    CborReaderState.ByteString => record with { DataValue = reader.ReadDefiniteLengthByteString() },
                    CborReaderState.StartIndefiniteLengthByteString => record with { DataValue = reader.ReadByteString() },
                    _ => Mismatch(reader, record, label, "a byte string", state, offset, errors),
                };
            case SenmlLabels.BaseVersion:
                return state is CborReaderState.UnsignedInteger or CborReaderState.NegativeInteger
                    && CborItems.ReadNumber(reader) is { Kind: WireValueKind.Integer } version
                    ? record with { BaseVersion = version.Integer }
                    : Mismatch(reader, record, label, "an integer", state, offset, errors, consumed: state is CborReaderState.UnsignedInteger or CborReaderState.NegativeInteger);
            default:
                return Number(reader, record, label, state, offset, errors);
        }
    }

    public static SenmlRecord ReadObjectLink(CborReader reader, SenmlRecord record, int length, DecodeErrors errors)
    {
        var offset = CborFailure.Offset(reader, length);
        var state = reader.PeekState();
        if (!CborItems.IsText(state))
        {
            errors.Add(SenmlCborRuleIds.FieldType, $"vlo holds {CborItems.Describe(state)}; it needs a text string", offset, SenmlClauses.Fields);
            reader.SkipValue();
            return record;
        }

        if (!CborItems.TryReadUtf8(reader, out var utf8))
        {
            errors.Add(CborRuleIds.InvalidUtf8, "vlo is not valid UTF-8", offset, CborFailure.Utf8Clause);
            return record;
        }

        return record with { ObjectLink = System.Text.Encoding.UTF8.GetString(utf8.Span) };
    }

    private static SenmlRecord Number(CborReader reader, SenmlRecord record, int label, CborReaderState state, int offset, DecodeErrors errors)
    {
        if (!CborItems.IsNumber(state))
        {
            return Mismatch(reader, record, label, "a number", state, offset, errors);
        }

        if (CborItems.ReadNumber(reader) is not { } number)
        {
            errors.Add(ContentRuleIds.ValueRange, $"{SenmlLabels.NameOf(label)} is an integer below -2^63", offset, SenmlClauses.Fields);
            return record;
        }

        var asDouble = number.Kind switch
        {
            WireValueKind.Integer => number.Integer,
            WireValueKind.UnsignedInteger => number.Unsigned,
            _ => number.Float,
        };
        return label switch
        {
            SenmlLabels.Value => record with { Value = number },
            SenmlLabels.BaseTime => record with { BaseTime = asDouble },
            SenmlLabels.Time => record with { Time = asDouble },
            SenmlLabels.UpdateTime => record with { UpdateTime = asDouble },
            SenmlLabels.BaseValue => record with { BaseValue = asDouble },
            SenmlLabels.BaseSum => record with { BaseSum = asDouble },
            _ => record with { Sum = asDouble },
        };
    }

    private static SenmlRecord Mismatch(
        CborReader reader, SenmlRecord record, int label, string expected, CborReaderState state, int offset, DecodeErrors errors, bool consumed = false)
    {
        errors.Add(SenmlCborRuleIds.FieldType, $"{SenmlLabels.NameOf(label)} holds {CborItems.Describe(state)}; it needs {expected}", offset, SenmlClauses.Fields);
        if (!consumed)
        {
            reader.SkipValue();
        }

        return record;
    }
}
