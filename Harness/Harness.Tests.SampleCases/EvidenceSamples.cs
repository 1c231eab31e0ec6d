using Harness.Runtime.Coap;
using Harness.Testing.Cases;
using Harness.Testing.Metadata;

namespace Harness.Tests.SampleCases;

/// <summary>
/// A case on the real base class that leaves evidence: a peer and the harness's server exchange one datagram in
/// each of two steps. It needs object 4 in the ICS, which the suite runner's sample plan lacks, so that plan's runs
/// do not select it.
/// </summary>
[Interface(Lwm2mInterfaces.Registration)]
public sealed class EvidenceSamples : ServerTestCase
{
    /// <summary>A non-confirmable GET, token AB.</summary>
    public static readonly byte[] Request = [0x51, 0x01, 0x12, 0x34, 0xAB];

    /// <summary>A non-confirmable 2.05 Content, token AB, payload "ok".</summary>
    public static readonly byte[] Answer = [0x51, 0x45, 0x43, 0x21, 0xAB, 0xFF, (byte)'o', (byte)'k'];

    private static readonly TimeSpan Within = TimeSpan.FromSeconds(5);

    [Test]
    [Ets("LightweightM2M-1.1-int-110")]
    [RequiresIcs("object:4")]
    public Task ExchangesOneDatagramPerStep() => RunAsync(async () =>
    {
        await using var peer = new CoapUdpEndpoint(new CoapUdpEndpointOptions());
        Step(1, "the peer sends a non-confirmable GET");
        peer.SendRaw(Request, Server.LocalEndPoint);
        var received = await Server.Endpoint.WaitForDatagramAsync(d => d.Direction == CoapDatagramDirection.Received && d.Bytes.AsSpan().SequenceEqual(Request), "the sample GET", Within);
        Check(received.Remote.Port == peer.LocalEndPoint.Port, "the server received the GET from the peer");

        Step(2, "the server answers with a non-confirmable 2.05");
        Server.SendRaw(Answer, peer.LocalEndPoint);
        await peer.WaitForDatagramAsync(d => d.Direction == CoapDatagramDirection.Received && d.Bytes.AsSpan().SequenceEqual(Answer), "the sample answer", Within);
        Check(true, "the peer received the answer");
    });
}
