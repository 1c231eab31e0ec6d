using Harness.Protocol.Lwm2m.Values;

namespace Harness.Protocol.Lwm2m.Nodes;

/// <summary>A resource: <see cref="Lwm2mSingleResource"/> holds one value, <see cref="Lwm2mMultipleResource"/> numbered instances.</summary>
public abstract class Lwm2mResource : Lwm2mNode
{
    private protected Lwm2mResource(int id)
        : base(id)
    {
    }

    public override Lwm2mPathLevel Level => Lwm2mPathLevel.Resource;

    public abstract bool IsMultiple { get; }

    /// <summary>The type of the value(s); null for a multiple-instance resource with no instances.</summary>
    public abstract Lwm2mDataType? DataType { get; }
}
