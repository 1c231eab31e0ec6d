using System.Buffers.Binary;
using System.Text;
using Harness.Protocol.Lwm2m.Values;

namespace Harness.Protocol.Lwm2m.Content.Tlv;

/// <summary>
/// Meaning tier, writing side: a typed value to TLV value bytes. Integers, Time and Unsigned Integers take
/// the fewest of 1, 2, 4 or 8 bytes that hold the number (two's complement for signed types); a Float
/// takes 4 bytes when a 32-bit float holds it exactly, else 8.
/// </summary>
internal static class TlvValueWriter
{
    public static int Length(Lwm2mValue value) => value switch
    {
        IntegerValue integer => SignedWidth(integer.Value),
        TimeValue time => SignedWidth(time.Value),
        UnsignedIntegerValue unsigned => UnsignedWidth(unsigned.Value),
        FloatValue number => number.IsExactInSingle ? 4 : 8,
        BooleanValue => 1,
        ObjlnkValue => 4,
        StringValue text => Encoding.UTF8.GetByteCount(text.Value),
        CorelnkValue link => Encoding.UTF8.GetByteCount(link.Value),
        OpaqueValue opaque => opaque.Length,
        _ => throw new ArgumentException($"No TLV form for {value}", nameof(value)),
    };

    /// <summary>Writes the value (exactly <see cref="Length"/> bytes) and returns the length.</summary>
    public static int Write(Lwm2mValue value, Span<byte> destination)
    {
        switch (value)
        {
            case IntegerValue integer:
                return WriteSigned(integer.Value, destination);
            case TimeValue time:
                return WriteSigned(time.Value, destination);
            case UnsignedIntegerValue unsigned:
                return WriteUnsigned(unsigned.Value, destination);
            case FloatValue number when number.IsExactInSingle:
                BinaryPrimitives.WriteSingleBigEndian(destination, (float)number.Value);
                return 4;
            case FloatValue number:
                BinaryPrimitives.WriteDoubleBigEndian(destination, number.Value);
                return 8;
            case BooleanValue boolean:
                destination[0] = boolean.Value ? (byte)1 : (byte)0;
                return 1;
            case ObjlnkValue link:
                BinaryPrimitives.WriteUInt16BigEndian(destination, (ushort)link.Value.ObjectId);
                BinaryPrimitives.WriteUInt16BigEndian(destination[2..], (ushort)link.Value.InstanceId);
                return 4;
            case StringValue text:
                return Encoding.UTF8.GetBytes(text.Value, destination);
            case CorelnkValue link:
                return Encoding.UTF8.GetBytes(link.Value, destination);
            case OpaqueValue opaque:
                opaque.Value.Span.CopyTo(destination);
                return opaque.Length;
            default:
                throw new ArgumentException($"No TLV form for {value}", nameof(value));
        }
    }

    private static int SignedWidth(long value) => value switch
    {
        >= sbyte.MinValue and <= sbyte.MaxValue => 1,
        >= short.MinValue and <= short.MaxValue => 2,
        >= int.MinValue and <= int.MaxValue => 4,
        _ => 8,
    };

    private static int UnsignedWidth(ulong value) => value switch
    {
        <= byte.MaxValue => 1,
        <= ushort.MaxValue => 2,
        <= uint.MaxValue => 4,
        _ => 8,
    };

    private static int WriteSigned(long value, Span<byte> destination)
    {
        int width = SignedWidth(value);
        for (int i = 0; i < width; i++)
        {
            destination[i] = (byte)(value >> (8 * (width - 1 - i)));
        }

        return width;
    }

    private static int WriteUnsigned(ulong value, Span<byte> destination)
    {
        int width = UnsignedWidth(value);
        for (int i = 0; i < width; i++)
        {
            destination[i] = (byte)(value >> (8 * (width - 1 - i)));
        }

        return width;
    }
}
