using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Nodes;

namespace Harness.Runtime.Peers.Client;

/// <summary>
/// A resource or object instance of the store changed: its path, the node now there (null once removed)
/// and who changed it. Raised after the change is visible, outside the store's lock.
/// </summary>
public sealed class ClientNodeChangedEventArgs(Lwm2mPath path, Lwm2mNode? node, ChangeOrigin origin) : EventArgs
{
    public Lwm2mPath Path { get; } = path;

    /// <summary>The resource (or, for Create, the object instance) now at <see cref="Path"/>; null when it was removed.</summary>
    public Lwm2mNode? Node { get; } = node;

    public ChangeOrigin Origin { get; } = origin;

    public override string ToString() => $"{Path} {(Node is null ? "removed" : Node.ToString())} by {Origin}";
}
