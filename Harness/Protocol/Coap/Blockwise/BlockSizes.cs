namespace Harness.Protocol.Coap.Blockwise;

/// <summary>Block size arithmetic shared by the slicers and assemblers (RFC 7959 §2.2, RFC 8323 §6).</summary>
public static class BlockSizes
{
    public const int Smallest = 16;
    public const int Largest = 1024;

    /// <summary>Every BERT unit is 1024 bytes and NUM counts in these units (RFC 8323 §6).</summary>
    public const int BertUnit = 1024;

    /// <summary>Largest SZX usable without BERT; 7 is reserved over UDP (RFC 7959 §2.2).</summary>
    public const int MaxExponent = 6;

    public static int SizeOf(int exponent) => 1 << (Math.Min(exponent, MaxExponent) + 4);

    /// <summary>Largest power of two from 16 to 1024 that is not above <paramref name="bytes"/>.</summary>
    public static int FloorSize(long bytes)
    {
        if (bytes < Smallest)
        {
            return Smallest;
        }

        return bytes >= Largest ? Largest : 1 << System.Numerics.BitOperations.Log2((uint)bytes);
    }

    /// <summary>The block number that starts at <paramref name="offset"/> for a block of <paramref name="exponent"/>.</summary>
    public static uint NumberAt(long offset, int exponent) => (uint)(offset / SizeOf(exponent));

    /// <summary>Throws for sizes the Block options cannot express: the caller misused the API.</summary>
    public static int ValidateSize(int size, string parameterName)
    {
        if (size < Smallest || size > Largest || (size & (size - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(parameterName, size, "Block size must be a power of two from 16 to 1024");
        }

        return size;
    }
}
