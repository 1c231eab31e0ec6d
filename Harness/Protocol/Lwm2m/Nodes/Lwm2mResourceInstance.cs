using System.Globalization;
using Harness.Protocol.Lwm2m.Values;

namespace Harness.Protocol.Lwm2m.Nodes;

/// <summary>One instance of a multiple-instance resource.</summary>
public sealed class Lwm2mResourceInstance : Lwm2mNode
{
    public Lwm2mResourceInstance(int id, Lwm2mValue value)
        : base(id)
    {
        ArgumentNullException.ThrowIfNull(value);
        Value = value;
    }

    public Lwm2mValue Value { get; }

    public override Lwm2mPathLevel Level => Lwm2mPathLevel.ResourceInstance;

    public override bool Equals(Lwm2mNode? other) =>
        other is Lwm2mResourceInstance instance && instance.Id == Id && instance.Value.Equals(Value);

    public override int GetHashCode() => HashCode.Combine(Id, Value);

    public override string ToString() => "Resource instance " + ToShortString();

    internal string ToShortString() => string.Create(CultureInfo.InvariantCulture, $"{Id} = {Value}");
}
