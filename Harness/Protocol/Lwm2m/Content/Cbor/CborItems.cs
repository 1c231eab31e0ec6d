using System.Formats.Cbor;

namespace Harness.Protocol.Lwm2m.Content.Cbor;

/// <summary>Reading helpers shared by the CBOR syntax tiers.</summary>
internal static class CborItems
{
    /// <summary>"a text string", "a map", … for messages about an unexpected item.</summary>
    public static string Describe(CborReaderState state) => state switch
    {
        CborReaderState.UnsignedInteger => "an unsigned integer",
        CborReaderState.NegativeInteger => "a negative integer",
        CborReaderState.ByteString or CborReaderState.StartIndefiniteLengthByteString => "a byte string",
        CborReaderState.TextString or CborReaderState.StartIndefiniteLengthTextString => "a text string",
        CborReaderState.StartArray => "an array",
        CborReaderState.StartMap => "a map",
        CborReaderState.Tag => "a tagged item",
        CborReaderState.HalfPrecisionFloat or CborReaderState.SinglePrecisionFloat or CborReaderState.DoublePrecisionFloat => "a float",
        CborReaderState.Boolean => "a boolean",
        CborReaderState.Null => "null",
        _ => "a simple value",
    };

    public static bool IsText(CborReaderState state) =>
        state is CborReaderState.TextString or CborReaderState.StartIndefiniteLengthTextString;

    public static bool IsNumber(CborReaderState state) => state is CborReaderState.UnsignedInteger or CborReaderState.NegativeInteger
        or CborReaderState.HalfPrecisionFloat or CborReaderState.SinglePrecisionFloat or CborReaderState.DoublePrecisionFloat;

    /// <summary>
    /// A number as a wire value: integers keep their exact value, floats of every width become doubles.
    /// Null for a negative integer below -2^63, which no LwM2M type holds (the item is consumed).
    /// </summary>
    public static WireValue? ReadNumber(ref CborSpanReader reader)
    {
        switch (reader.PeekState())
        {
            case CborReaderState.UnsignedInteger:
                return WireValue.FromUnsigned(reader.ReadUInt64());
            case CborReaderState.NegativeInteger:
                var magnitude = reader.ReadCborNegativeIntegerRepresentation();
                return magnitude <= long.MaxValue ? WireValue.FromInteger(-1 - (long)magnitude) : null;
            default:
                return WireValue.FromFloat(reader.ReadDouble());
        }
    }
}
