using System.Globalization;
using Harness.Protocol.Lwm2m.Values;

namespace Harness.Protocol.Lwm2m.Content.SenmlJson;

/// <summary>Writes a typed value as the one field LwM2M maps its type to, in SenML ("vs") or OMA JSON ("sv") labels.</summary>
internal static class SenmlValueWriter
{
    public static void Write(CompactJsonWriter writer, Lwm2mValue value, bool omaJson)
    {
        switch (value)
        {
            case IntegerValue integer:
                writer.Property("v"u8);
                writer.Number(integer.Value);
                break;
            case UnsignedIntegerValue unsigned:
                writer.Property("v"u8);
                writer.Number(unsigned.Value);
                break;
            case FloatValue real:
                writer.Property("v"u8);
                writer.Number(real.Value);
                break;
            case TimeValue time:
                writer.Property("v"u8);
                writer.Number(time.Value);
                break;
            case BooleanValue boolean:
                writer.Property(omaJson ? "bv"u8 : "vb"u8);
                writer.Raw(boolean.Value ? "true"u8 : "false"u8);
                break;
            case StringValue text:
                writer.Property(omaJson ? "sv"u8 : "vs"u8);
                writer.String(text.Value);
                break;
            case CorelnkValue links:
                writer.Property(omaJson ? "sv"u8 : "vs"u8);
                writer.String(links.Value);
                break;
            case OpaqueValue opaque:
                writer.Property(omaJson ? "sv"u8 : "vd"u8);
                writer.String(Base64Text.Encode(opaque.Value.Span, urlSafe: !omaJson));
                break;
            case ObjlnkValue link:
                writer.Property(omaJson ? "ov"u8 : "vlo"u8);
                writer.String(link.Value.ToString());
                break;
            default:
                throw new ArgumentException($"No JSON field for {value}", nameof(value));
        }
    }

    /// <summary>The name of <paramref name="path"/> relative to a base name that is <paramref name="request"/> plus "/".</summary>
    public static string RelativeName(Lwm2mPath path, Lwm2mPath request)
    {
        if (request.IsRoot)
        {
            return path.ToString();
        }

        var name = new System.Text.StringBuilder(16);
        for (int i = request.Length; i < path.Length; i++)
        {
            name.Append(i > request.Length ? "/" : string.Empty).Append(path[i].ToString(CultureInfo.InvariantCulture));
        }

        return name.ToString();
    }
}
