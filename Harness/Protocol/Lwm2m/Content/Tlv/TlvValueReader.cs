using System.Buffers.Binary;
using System.Text;
using System.Text.Unicode;
using Harness.Protocol.Lwm2m.Values;

namespace Harness.Protocol.Lwm2m.Content.Tlv;

/// <summary>
/// Meaning tier: a TLV value's bytes to a typed value (LwM2M Core Appendix C, TLV column). Never throws.
/// On a problem other than <see cref="TlvValueProblem.Width"/> it still returns the closest reading, for
/// lax decoding and rendering.
/// </summary>
internal static class TlvValueReader
{
    public static Lwm2mValue? Read(Lwm2mDataType type, ReadOnlySpan<byte> bytes, out TlvValueProblem problem)
    {
        problem = TlvValueProblem.None;
        switch (type)
        {
            case Lwm2mDataType.Integer:
                return IsIntegerWidth(bytes.Length) ? Lwm2mValue.Integer(ReadSigned(bytes)) : WidthProblem(out problem);
            case Lwm2mDataType.Time:
                return IsIntegerWidth(bytes.Length) ? Lwm2mValue.Time(ReadSigned(bytes)) : WidthProblem(out problem);
            case Lwm2mDataType.UnsignedInteger:
                return IsIntegerWidth(bytes.Length) ? Lwm2mValue.UnsignedInteger(ReadUnsigned(bytes)) : WidthProblem(out problem);
            case Lwm2mDataType.Float:
                return bytes.Length switch
                {
                    4 => Lwm2mValue.Float(BinaryPrimitives.ReadSingleBigEndian(bytes)),
                    8 => Lwm2mValue.Float(BinaryPrimitives.ReadDoubleBigEndian(bytes)),
                    _ => WidthProblem(out problem),
                };
            case Lwm2mDataType.Boolean:
                if (bytes.Length != 1)
                {
                    return WidthProblem(out problem);
                }

                problem = bytes[0] > 1 ? TlvValueProblem.BooleanValue : TlvValueProblem.None;
                return Lwm2mValue.Boolean(bytes[0] != 0);
            case Lwm2mDataType.Objlnk:
                return bytes.Length == 4 ? ReadObjlnk(bytes, out problem) : WidthProblem(out problem);
            case Lwm2mDataType.String:
                return Lwm2mValue.String(ReadText(bytes, out problem));
            case Lwm2mDataType.Corelnk:
                return Lwm2mValue.Corelnk(ReadText(bytes, out problem));
            default:
                return Lwm2mValue.Opaque(bytes);
        }
    }

    /// <summary>"1, 2, 4 or 8" and so on: the lengths <paramref name="type"/> allows, or null when any length is fine.</summary>
    public static string? AllowedWidths(Lwm2mDataType type) => type switch
    {
        Lwm2mDataType.Integer or Lwm2mDataType.Time or Lwm2mDataType.UnsignedInteger => "1, 2, 4 or 8",
        Lwm2mDataType.Float => "4 or 8",
        Lwm2mDataType.Boolean => "1",
        Lwm2mDataType.Objlnk => "4",
        _ => null,
    };

    private static bool IsIntegerWidth(int length) => length is 1 or 2 or 4 or 8;

    private static Lwm2mValue? WidthProblem(out TlvValueProblem problem)
    {
        problem = TlvValueProblem.Width;
        return null;
    }

    private static long ReadSigned(ReadOnlySpan<byte> bytes) => bytes.Length switch
    {
        1 => (sbyte)bytes[0],
        2 => BinaryPrimitives.ReadInt16BigEndian(bytes),
        4 => BinaryPrimitives.ReadInt32BigEndian(bytes),
        _ => BinaryPrimitives.ReadInt64BigEndian(bytes),
    };

    private static ulong ReadUnsigned(ReadOnlySpan<byte> bytes) => bytes.Length switch
    {
        1 => bytes[0],
        2 => BinaryPrimitives.ReadUInt16BigEndian(bytes),
        4 => BinaryPrimitives.ReadUInt32BigEndian(bytes),
        _ => BinaryPrimitives.ReadUInt64BigEndian(bytes),
    };

    private static ObjlnkValue ReadObjlnk(ReadOnlySpan<byte> bytes, out TlvValueProblem problem)
    {
        var link = new ObjectLink(BinaryPrimitives.ReadUInt16BigEndian(bytes), BinaryPrimitives.ReadUInt16BigEndian(bytes[2..]));
        problem = link.IsWellFormed ? TlvValueProblem.None : TlvValueProblem.ObjlnkId;
        return Lwm2mValue.Objlnk(link);
    }

    private static string ReadText(ReadOnlySpan<byte> bytes, out TlvValueProblem problem)
    {
        problem = Utf8.IsValid(bytes) ? TlvValueProblem.None : TlvValueProblem.Utf8;
        return Encoding.UTF8.GetString(bytes);
    }
}
