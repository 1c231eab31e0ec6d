using Harness.Protocol.Lwm2m.Content.Cbor;

namespace Harness.Protocol.Lwm2m.Content.SenmlCbor;

/// <summary>Base fields in force (RFC 8428 §4.6): each carries over to later records until a record redefines it.</summary>
internal struct SenmlBaseState
{
    public ReadOnlyMemory<byte> BaseName { get; private set; }

    public double BaseTime { get; private set; }

    public double? BaseValue { get; private set; }

    public string? BaseUnit { get; private set; }

    public void Apply(in SenmlRecordFields fields)
    {
        BaseName = fields.BaseName ?? BaseName;
        BaseTime = fields.BaseTime ?? BaseTime;
        BaseValue = fields.BaseValue ?? BaseValue;
        BaseUnit = fields.BaseUnit ?? BaseUnit;
    }

    /// <summary>The record's value; bv is added to a numeric v.</summary>
    public readonly WireValue? ValueOf(in SenmlRecordFields fields)
    {
        if (fields.Value is not { } value || BaseValue is not { } offset)
        {
            return fields.FieldValue;
        }

        return value.Kind == WireValueKind.Integer && CborNumbers.IsSafeInteger(offset)
            ? WireValue.FromInteger(value.Integer + (long)offset)
            : WireValue.FromFloat((value.Kind == WireValueKind.Float ? value.Float : value.Integer) + offset);
    }
}
