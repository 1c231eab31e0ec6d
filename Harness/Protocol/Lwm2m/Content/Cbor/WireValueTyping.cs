using Harness.Protocol.Lwm2m.Values;

namespace Harness.Protocol.Lwm2m.Content.Cbor;

/// <summary>
/// Turns a wire value into the typed value the object model asks for, or says which rule it breaks.
/// Numbers: integers serve Integer, Unsigned Integer, Time and Float resources; floats serve only Float.
/// Text serves String and Corelnk, and Objlnk where the format has no object-link field of its own.
/// </summary>
internal static class WireValueTyping
{
    /// <summary>Null when the value fits; otherwise (rule, message).</summary>
    public static (string Rule, string Message)? TryType(WireValue wire, Lwm2mDataType type, bool objlnkAsText, out Lwm2mValue? value)
    {
        value = null;
        switch (type, wire.Kind)
        {
            case (Lwm2mDataType.String, WireValueKind.Text):
                value = new StringValue(wire.Text);
                return null;
            case (Lwm2mDataType.Corelnk, WireValueKind.Text):
                value = new CorelnkValue(wire.Text);
                return null;
            case (Lwm2mDataType.Integer, WireValueKind.Integer):
                value = new IntegerValue(wire.Integer);
                return null;
            case (Lwm2mDataType.Integer, WireValueKind.UnsignedInteger):
                return (ContentRuleIds.ValueRange, $"{wire} exceeds the signed 64-bit range of an Integer");
            case (Lwm2mDataType.Time, WireValueKind.Integer):
                value = new TimeValue(wire.Integer);
                return null;
            case (Lwm2mDataType.Time, WireValueKind.UnsignedInteger):
                return (ContentRuleIds.ValueRange, $"{wire} exceeds the signed 64-bit range of a Time");
            case (Lwm2mDataType.UnsignedInteger, WireValueKind.Integer) when wire.Integer < 0:
                return (ContentRuleIds.ValueRange, $"{wire} is negative but the resource is an Unsigned Integer");
            case (Lwm2mDataType.UnsignedInteger, WireValueKind.Integer or WireValueKind.UnsignedInteger):
                value = new UnsignedIntegerValue(wire.Unsigned);
                return null;
            case (Lwm2mDataType.Float, WireValueKind.Float):
                value = new FloatValue(wire.Float);
                return null;
            case (Lwm2mDataType.Float, WireValueKind.Integer):
                value = new FloatValue(wire.Integer);
                return null;
            case (Lwm2mDataType.Float, WireValueKind.UnsignedInteger):
                value = new FloatValue(wire.Unsigned);
                return null;
            case (Lwm2mDataType.Boolean, WireValueKind.Boolean):
                value = new BooleanValue(wire.Boolean);
                return null;
            case (Lwm2mDataType.Opaque, WireValueKind.Bytes):
                value = new OpaqueValue(wire.Bytes.Span);
                return null;
            case (Lwm2mDataType.Objlnk, WireValueKind.ObjectLinkText):
            case (Lwm2mDataType.Objlnk, WireValueKind.Text) when objlnkAsText:
                return TypeObjectLink(wire.Text, out value);
            default:
                return (ContentRuleIds.ValueType, $"the resource is typed {type.ToName()} but carries {Describe(wire.Kind)} {wire}");
        }
    }

    /// <summary>The type a resource the model does not know gets from the way the wire typed its value.</summary>
    public static Lwm2mDataType Infer(WireValue wire) => wire.Kind switch
    {
        WireValueKind.Integer => Lwm2mDataType.Integer,
        WireValueKind.UnsignedInteger => Lwm2mDataType.UnsignedInteger,
        WireValueKind.Float => Lwm2mDataType.Float,
        WireValueKind.Boolean => Lwm2mDataType.Boolean,
        WireValueKind.Bytes => Lwm2mDataType.Opaque,
        WireValueKind.ObjectLinkText => Lwm2mDataType.Objlnk,
        _ => Lwm2mDataType.String,
    };

    public static string Describe(WireValueKind kind) => kind switch
    {
        WireValueKind.Integer or WireValueKind.UnsignedInteger => "an integer",
        WireValueKind.Float => "a float",
        WireValueKind.Text => "a text string",
        WireValueKind.Bytes => "a byte string",
        WireValueKind.Boolean => "a boolean",
        _ => "an object link",
    };

    private static (string Rule, string Message)? TypeObjectLink(string text, out Lwm2mValue? value)
    {
        value = null;
        if (!ObjectLink.TryParse(text, out var link))
        {
            return (ContentRuleIds.ValueRange, $"object link {CborText.Quote(text)} is not \"objectId:instanceId\" with ids 0..65535");
        }

        if (!link.IsWellFormed)
        {
            return (ContentRuleIds.ValueRange, $"object link {link} uses 65535 on one side only; only 65535:65535 is the null link");
        }

        value = new ObjlnkValue(link);
        return null;
    }
}
