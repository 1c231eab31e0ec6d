using System.Net;

namespace Harness.Runtime.Analysis.Rules;

/// <summary>One direction of traffic between two endpoints: who sent, to whom.</summary>
internal readonly record struct WireFlow(IPEndPoint From, IPEndPoint To)
{
    public static WireFlow Of(WireMessage message) => new(message.Source, message.Destination);

    /// <summary>The opposite direction: where answers to this flow's messages travel.</summary>
    public WireFlow Reverse => new(To, From);
}
