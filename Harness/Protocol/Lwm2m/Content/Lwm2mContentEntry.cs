using Harness.Protocol.Lwm2m.Nodes;

namespace Harness.Protocol.Lwm2m.Content;

/// <summary>One node carried by a payload, at the full path it names (e.g. /3/0 with an object instance).</summary>
public readonly record struct Lwm2mContentEntry(Lwm2mPath Path, Lwm2mNode Node)
{
    public override string ToString() => $"{Path} {Node}";
}
