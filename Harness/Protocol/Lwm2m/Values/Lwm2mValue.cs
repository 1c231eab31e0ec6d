namespace Harness.Protocol.Lwm2m.Values;

/// <summary>
/// A typed LwM2M value, independent of any content format: two codecs that decode the same meaning yield
/// equal values. Values of different types never compare equal, even when they print alike.
/// Wire details (a 4-byte float, a 2-byte integer) belong to the syntax tier, not here.
/// </summary>
public abstract record Lwm2mValue
{
    private protected Lwm2mValue()
    {
    }

    public abstract Lwm2mDataType DataType { get; }

    public static StringValue String(string value) => new(value);

    public static IntegerValue Integer(long value) => new(value);

    public static UnsignedIntegerValue UnsignedInteger(ulong value) => new(value);

    public static FloatValue Float(double value) => new(value);

    public static BooleanValue Boolean(bool value) => new(value);

    public static OpaqueValue Opaque(ReadOnlySpan<byte> value) => new(value);

    public static TimeValue Time(long unixSeconds) => new(unixSeconds);

    public static TimeValue Time(DateTimeOffset instant) => TimeValue.FromDateTimeOffset(instant);

    public static ObjlnkValue Objlnk(int objectId, int instanceId) => new(new ObjectLink(objectId, instanceId));

    public static ObjlnkValue Objlnk(ObjectLink link) => new(link);

    public static CorelnkValue Corelnk(string value) => new(value);

    /// <summary>Diagnostic form naming the type, e.g. <c>Integer(5)</c> or <c>String("abc")</c>.</summary>
    public abstract override string ToString();
}
