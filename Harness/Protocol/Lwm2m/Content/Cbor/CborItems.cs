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
    /// A text string's UTF-8 bytes: a slice of the payload when the length is definite, else the joined
    /// chunks. False when the bytes are not valid UTF-8 (the item is consumed either way).
    /// </summary>
    public static bool TryReadUtf8(CborReader reader, out ReadOnlyMemory<byte> utf8)
    {
        if (reader.PeekState() == CborReaderState.TextString)
        {
            utf8 = reader.ReadDefiniteLengthTextStringBytes();
            return System.Text.Unicode.Utf8.IsValid(utf8.Span);
        }

        // Indefinite length: a strict reader over the item validates every chunk.
        var encoded = reader.ReadEncodedValue();
        try
        {
            var text = new CborReader(encoded, CborConformanceMode.Strict).ReadTextString();
            utf8 = System.Text.Encoding.UTF8.GetBytes(text);
            return true;
        }
        catch (CborContentException)
        {
            utf8 = ReadOnlyMemory<byte>.Empty;
            return false;
        }
    }

    /// <summary>
    /// A number as a wire value: integers keep their exact value, floats of every width become doubles.
    /// Null for a negative integer below -2^63, which no LwM2M type holds (the item is consumed).
    /// </summary>
    public static WireValue? ReadNumber(CborReader reader)
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
