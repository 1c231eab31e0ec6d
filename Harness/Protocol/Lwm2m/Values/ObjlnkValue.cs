namespace Harness.Protocol.Lwm2m.Values;

/// <summary>An object link value.</summary>
public sealed record ObjlnkValue : Lwm2mValue
{
    public ObjlnkValue(ObjectLink value) => Value = value;

    public ObjectLink Value { get; }

    public override Lwm2mDataType DataType => Lwm2mDataType.Objlnk;

    public override string ToString() => Value.IsNull ? "Objlnk(null 65535:65535)" : $"Objlnk({Value})";
}
