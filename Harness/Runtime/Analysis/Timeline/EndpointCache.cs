using System.Net;
using Harness.Runtime.Analysis.Dissection;

namespace Harness.Runtime.Analysis.Timeline;

/// <summary>One <see cref="IPEndPoint"/> per address and port of a capture, so that a million messages between two peers share two objects.</summary>
internal sealed class EndpointCache
{
    private readonly Dictionary<(WireAddress Address, ushort Port), IPEndPoint> endpoints = [];

    public IPEndPoint Get(WireAddress address, ushort port)
    {
        if (!endpoints.TryGetValue((address, port), out var endpoint))
        {
            endpoint = new IPEndPoint(address.ToIPAddress(), port);
            endpoints.Add((address, port), endpoint);
        }

        return endpoint;
    }
}
