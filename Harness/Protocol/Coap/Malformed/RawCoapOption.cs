namespace Harness.Protocol.Coap.Malformed;

/// <summary>
/// One option exactly as written on the wire: the delta and length nibbles, their extension bytes and
/// the value bytes, each independent of the others so that any inconsistency can be described
/// (RFC 7252 §3.1). <see cref="Encode"/> gives the one correct form for a delta and value.
/// </summary>
public sealed record RawCoapOption(
    int DeltaNibble,
    int LengthNibble,
    ReadOnlyMemory<byte> DeltaExtension,
    ReadOnlyMemory<byte> LengthExtension,
    ReadOnlyMemory<byte> Value)
{
    /// <summary>Bytes this option occupies: header byte, extensions and value.</summary>
    public int Size => 1 + DeltaExtension.Length + LengthExtension.Length + Value.Length;

    /// <summary>Bytes before the value: header byte and extensions.</summary>
    public int HeaderSize => 1 + DeltaExtension.Length + LengthExtension.Length;

    /// <summary>The delta a decoder reads from the nibble and its extension (a 15 nibble reads as 15).</summary>
    public int DeclaredDelta => Declared(DeltaNibble, DeltaExtension.Span);

    /// <summary>The value length a decoder reads from the nibble and its extension.</summary>
    public int DeclaredLength => Declared(LengthNibble, LengthExtension.Span);

    /// <summary>The correct encoding of <paramref name="delta"/> (0..65804) and <paramref name="value"/>.</summary>
    public static RawCoapOption Encode(int delta, ReadOnlyMemory<byte> value)
    {
        var (deltaNibble, deltaExtension) = Split(delta);
        var (lengthNibble, lengthExtension) = Split(value.Length);
        return new RawCoapOption(deltaNibble, lengthNibble, deltaExtension, lengthExtension, value);
    }

    /// <summary>The same option with a new value and the length header that fits it.</summary>
    public RawCoapOption WithValue(ReadOnlyMemory<byte> value)
    {
        var (lengthNibble, lengthExtension) = Split(value.Length);
        return this with { LengthNibble = lengthNibble, LengthExtension = lengthExtension, Value = value };
    }

    /// <summary>The same option with a new delta and the delta header that fits it.</summary>
    public RawCoapOption WithDelta(int delta)
    {
        var (deltaNibble, deltaExtension) = Split(delta);
        return this with { DeltaNibble = deltaNibble, DeltaExtension = deltaExtension };
    }

    private static (int Nibble, byte[] Extension) Split(int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(value, OptionHeader.MaxExtendedValue);
        if (value < 13)
        {
            return (value, []);
        }

        if (value < 269)
        {
            return (13, [(byte)(value - 13)]);
        }

        int extended = value - 269;
        return (14, [(byte)(extended >> 8), (byte)extended]);
    }

    private static int Declared(int nibble, ReadOnlySpan<byte> extension) => nibble switch
    {
        13 when extension.Length >= 1 => extension[0] + 13,
        14 when extension.Length >= 2 => ((extension[0] << 8) | extension[1]) + 269,
        _ => nibble,
    };
}
