using System.Net;
using Harness.Protocol.Lwm2m.Messages;
using Harness.Protocol.Lwm2m.Model;

namespace Harness.Runtime.Peers;

/// <summary>What the fake server knows about one registered client; a new value after every accepted Update.</summary>
public sealed record Lwm2mRegistration(
    string Endpoint,
    IReadOnlyList<string> Location,
    IPEndPoint Peer,
    uint Lifetime,
    string Binding,
    bool QueueMode,
    VersionNumber Version,
    ObjectLinks ObjectLinks,
    DateTimeOffset RegisteredAt,
    DateTimeOffset LastUpdateAt)
{
    public string LocationPath => "/" + string.Join('/', Location);

    /// <summary>The registration expires when no Update comes within the lifetime (0 never expires from 1.2 on).</summary>
    public DateTimeOffset ExpiresAt => Lifetime == 0 ? DateTimeOffset.MaxValue : LastUpdateAt + TimeSpan.FromSeconds(Lifetime);

    public override string ToString() => $"{Endpoint} at {LocationPath} from {Peer} (lt={Lifetime}, b={Binding}{(QueueMode ? ", queue mode" : string.Empty)}, {Version})";
}
