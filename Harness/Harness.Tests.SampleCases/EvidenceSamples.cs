using Harness.Runtime.Analysis;
using Harness.Runtime.Coap;
using Harness.Testing.Cases;
using Harness.Testing.Metadata;

namespace Harness.Tests.SampleCases;

/// <summary>
/// A case on the real base class that leaves evidence: a peer and the harness's server exchange one datagram in
/// each of two steps (in the flagged case, a message the sample wire rule flags). It needs object 4 in the ICS, which the suite runner's sample plan lacks, so that plan's runs
/// do not select it.
/// </summary>
[Interface(Lwm2mInterfaces.Registration)]
public sealed class EvidenceSamples : ServerTestCase
{
    /// <summary>A non-confirmable GET, token AB.</summary>
    public static readonly byte[] Request = [0x51, 0x01, 0x12, 0x34, 0xAB];

    /// <summary>A non-confirmable 2.05 Content, token AB, payload "ok".</summary>
    public static readonly byte[] Answer = [0x51, 0x45, 0x43, 0x21, 0xAB, 0xFF, (byte)'o', (byte)'k'];

    /// <summary>A non-confirmable GET with the token <see cref="FlaggedTokenRule"/> flags.</summary>
    public static readonly byte[] FlaggedRequest = [0x51, 0x01, 0x12, 0x35, 0xEE];

    private static readonly TimeSpan Within = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Step 1: the peer sends a GET; step 2: the server answers with a 2.05, or, <paramref name="flagged"/>, the peer
    /// sends a GET with token EE, which the server answers with 4.04 echoing the token (a harness message, never at fault).
    /// </summary>
    [TestCase(false)]
    [TestCase(true)]
    [Ets("LightweightM2M-1.1-int-110")]
    [RequiresIcs("object:4")]
    public Task Exchanges(bool flagged) => RunAsync(async () =>
    {
        await using var peer = new CoapUdpEndpoint(new CoapUdpEndpointOptions());
        Step(1, "the peer sends a non-confirmable GET");
        peer.SendRaw(Request, Server.LocalEndPoint);
        var received = await Server.Endpoint.WaitForDatagramAsync(d => d.Direction == CoapDatagramDirection.Received && d.Bytes.AsSpan().SequenceEqual(Request), "the sample GET", Within);
        Check(received.Remote.Port == peer.LocalEndPoint.Port, "the server received the GET from the peer");
        if (flagged)
        {
            Step(2, "the peer sends a GET with token EE");
            peer.SendRaw(FlaggedRequest, Server.LocalEndPoint);
            var answer = await peer.WaitForDatagramAsync(d => d.Direction == CoapDatagramDirection.Received && d.Message is { } m && m.Token.Span is [0xEE], "the server's answer with token EE", Within);
            Check(answer.Remote.Port == Server.LocalEndPoint.Port, "the server answered the flagged GET");
            return;
        }

        Step(2, "the server answers with a non-confirmable 2.05");
        Server.SendRaw(Answer, peer.LocalEndPoint);
        await peer.WaitForDatagramAsync(d => d.Direction == CoapDatagramDirection.Received && d.Bytes.AsSpan().SequenceEqual(Answer), "the sample answer", Within);
        Check(true, "the peer received the answer");
    });

    /// <summary>The suite's rules and the sample rule.</summary>
    protected override IReadOnlyList<IWireRule> WireRules() => [.. base.WireRules(), new FlaggedTokenRule()];
}
