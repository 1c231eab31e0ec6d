namespace Harness.Protocol.Coap;

/// <summary>
/// The value of a Block1/Block2 option: block number, more flag and size exponent (RFC 7959 §2.2).
/// SZX 7 is reserved over UDP and means BERT over TCP (RFC 8323 §6).
/// </summary>
public readonly record struct BlockValue(uint Number, bool More, int SizeExponent)
{
    /// <summary>NUM is at most 20 bits (three-byte option value).</summary>
    public const uint MaxNumber = (1u << 20) - 1;

    public const int BertExponent = 7;

    /// <summary>Block size in bytes: 2^(SZX+4); BERT blocks are 1024-byte multiples and report 1024.</summary>
    public int Size => 1 << (Math.Min(SizeExponent, 6) + 4);

    public bool IsBert => SizeExponent == BertExponent;

    public long Offset => (long)Number * Size;

    public static BlockValue FromUInt(uint value) => new(value >> 4, (value & 0x8) != 0, (int)(value & 0x7));

    public uint ToUInt()
    {
        if (Number > MaxNumber || SizeExponent is < 0 or > 7)
        {
            throw new InvalidOperationException($"Block value out of range: {this}");
        }

        return (Number << 4) | (More ? 0x8u : 0u) | (uint)SizeExponent;
    }

    public static BlockValue For(uint number, bool more, int size) => new(number, more, ExponentFor(size));

    /// <summary>SZX for a block size of 16..1024 bytes (a power of two).</summary>
    public static int ExponentFor(int size)
    {
        if (size < 16 || size > 1024 || (size & (size - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(size), size, "Block size must be a power of two from 16 to 1024");
        }

        return System.Numerics.BitOperations.Log2((uint)size) - 4;
    }

    /// <summary>"2/1/64" as the RFC 7959 examples write NUM/M/size.</summary>
    public override string ToString() => $"{Number}/{(More ? 1 : 0)}/{(IsBert ? "BERT" : Size.ToString(System.Globalization.CultureInfo.InvariantCulture))}";
}
