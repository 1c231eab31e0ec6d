using System.Buffers.Binary;
using System.Text;

namespace Harness.Protocol.Coap;

/// <summary>One option instance: its number and raw value bytes (RFC 7252 §3.1, §5.4).</summary>
public readonly struct CoapOption : IEquatable<CoapOption>
{
    public CoapOption(int number, ReadOnlyMemory<byte> value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(number);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, ushort.MaxValue);
        Number = number;
        Value = value;
    }

    public int Number { get; }

    public ReadOnlyMemory<byte> Value { get; }

    public string Name => OptionRegistry.NameOf(Number);

    public static CoapOption Empty(int number) => new(number, ReadOnlyMemory<byte>.Empty);

    /// <summary>A uint option in its minimal big-endian form: 0 is the empty value (RFC 7252 §3.2).</summary>
    public static CoapOption FromUInt(int number, uint value) => new(number, EncodeUInt(value));

    public static CoapOption FromString(int number, string value) => new(number, Encoding.UTF8.GetBytes(value));

    public static CoapOption FromBytes(int number, ReadOnlySpan<byte> value) => new(number, value.ToArray());

    public static byte[] EncodeUInt(uint value)
    {
        int length = value == 0 ? 0 : value <= 0xFF ? 1 : value <= 0xFFFF ? 2 : value <= 0xFFFFFF ? 3 : 4;
        var bytes = new byte[length];
        for (int i = length - 1; i >= 0; i--)
        {
            bytes[i] = (byte)value;
            value >>= 8;
        }

        return bytes;
    }

    /// <summary>Reads a uint value; leading zero bytes are tolerated here (the strict decoder flags them).</summary>
    public uint GetUInt()
    {
        var span = Value.Span;
        if (span.Length > 4)
        {
            throw new FormatException($"{Name} value of {span.Length} bytes does not fit a 32-bit uint");
        }

        Span<byte> buffer = stackalloc byte[4];
        buffer.Clear();
        span.CopyTo(buffer[(4 - span.Length)..]);
        return BinaryPrimitives.ReadUInt32BigEndian(buffer);
    }

    public string GetString() => Encoding.UTF8.GetString(Value.Span);

    public bool Equals(CoapOption other) => Number == other.Number && Value.Span.SequenceEqual(other.Value.Span);

    public override bool Equals(object? obj) => obj is CoapOption other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Number);
        hash.AddBytes(Value.Span);
        return hash.ToHashCode();
    }

    public static bool operator ==(CoapOption left, CoapOption right) => left.Equals(right);

    public static bool operator !=(CoapOption left, CoapOption right) => !left.Equals(right);

    /// <summary>"Uri-Path: rd", "Content-Format: 11542", "ETag: 0x0a0b".</summary>
    public override string ToString() => $"{Name}: {FormatValue()}";

    public string FormatValue()
    {
        var format = OptionRegistry.Find(Number)?.Format ?? OptionFormat.Opaque;
        var span = Value.Span;
        return format switch
        {
            OptionFormat.Empty when span.IsEmpty => "(empty)",
            OptionFormat.UInt when span.Length <= 4 => GetUInt().ToString(System.Globalization.CultureInfo.InvariantCulture),
            OptionFormat.String when IsPrintableUtf8(span) => GetString(),
            _ => span.IsEmpty ? "(empty)" : "0x" + Convert.ToHexStringLower(span),
        };
    }

    private static bool IsPrintableUtf8(ReadOnlySpan<byte> span)
    {
        if (!System.Text.Unicode.Utf8.IsValid(span))
        {
            return false;
        }

        foreach (byte b in span)
        {
            if (b < 0x20 || b == 0x7F)
            {
                return false;
            }
        }

        return true;
    }
}
