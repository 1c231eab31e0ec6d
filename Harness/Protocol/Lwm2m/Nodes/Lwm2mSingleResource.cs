using System.Globalization;
using Harness.Protocol.Lwm2m.Values;

namespace Harness.Protocol.Lwm2m.Nodes;

/// <summary>A single-instance resource and its value.</summary>
public sealed class Lwm2mSingleResource : Lwm2mResource
{
    public Lwm2mSingleResource(int id, Lwm2mValue value)
        : base(id)
    {
        ArgumentNullException.ThrowIfNull(value);
        Value = value;
    }

    public Lwm2mValue Value { get; }

    public override bool IsMultiple => false;

    public override Lwm2mDataType? DataType => Value.DataType;

    public override bool Equals(Lwm2mNode? other) =>
        other is Lwm2mSingleResource resource && resource.Id == Id && resource.Value.Equals(Value);

    public override int GetHashCode() => HashCode.Combine(Id, Value);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"Resource {Id} = {Value}");
}
