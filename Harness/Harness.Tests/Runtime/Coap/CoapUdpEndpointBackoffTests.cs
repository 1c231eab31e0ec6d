using Harness.Protocol.Coap;
using Harness.Runtime.Coap;
using Microsoft.Extensions.Time.Testing;
using static Harness.Tests.Runtime.Coap.CoapTestMessages;

namespace Harness.Tests.Runtime.Coap;

/// <summary>Back-off driven by a fake clock: exact instants, no waiting (RFC 7252 §4.2, §4.8).</summary>
public class CoapUdpEndpointBackoffTests
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(1);

    // Initial timeout is ACK_TIMEOUT × (1 + sample × 0.5): 2 s or 3 s; copies at t0·(2^k − 1); give-up at t0·(2^5 − 1).
    [TestCase(0.0, new[] { 2, 6, 14, 30 }, 62)]
    [TestCase(1.0, new[] { 3, 9, 21, 45 }, 93)]
    public async Task Retransmissions_double_the_timeout_and_end_after_MAX_RETRANSMIT(double sample, int[] retransmitSeconds, int giveUpSeconds)
    {
        var time = new FakeTimeProvider();
        await using var peer = new CoapUdpEndpoint(new() { ReceiveMode = CoapReceiveMode.Raw });
        await using var client = new CoapUdpEndpoint(new() { TimeProvider = time, Random = new FixedRandom(sample) });
        var start = time.GetUtcNow();

        var pending = client.SendRequestAsync(Request(CoapCode.Post, "/rd"), peer.LocalEndPoint);
        Assert.That(SentCount(client), Is.EqualTo(1));
        for (int k = 0; k < retransmitSeconds.Length; k++)
        {
            time.Advance(start + TimeSpan.FromSeconds(retransmitSeconds[k]) - Tick - time.GetUtcNow());
            Assert.That(SentCount(client), Is.EqualTo(k + 1), $"retransmission {k + 1} came early");
            time.Advance(Tick);
            Assert.That(SentCount(client), Is.EqualTo(k + 2), $"retransmission {k + 1} missing at {retransmitSeconds[k]} s");
        }

        time.Advance(start + TimeSpan.FromSeconds(giveUpSeconds) - Tick - time.GetUtcNow());
        Assert.That(pending.IsFaulted, Is.False);
        time.Advance(Tick);

        var error = Assert.ThrowsAsync<CoapTimeoutException>(() => pending.WaitAsync(MustHappenWithin));
        Assert.That(error!.Message, Does.Match(@$"^no ACK for CON POST /rd mid=0x[0-9a-f]{{4}} token=[0-9a-f]{{8}} from 127\.0\.0\.1:{peer.LocalEndPoint.Port} after 4 retransmissions within {giveUpSeconds} s$"));
        var copies = client.Traffic.Where(d => d.Direction == CoapDatagramDirection.Sent).Select(d => d.Hex).ToList();
        Assert.That(copies, Has.Count.EqualTo(5));
        Assert.That(copies.Distinct().Count(), Is.EqualTo(1), "every copy carries the same message id and bytes");
    }

    [Test]
    public async Task An_empty_ACK_stops_retransmission_and_the_separate_response_wait_has_its_own_deadline()
    {
        var time = new FakeTimeProvider();
        await using var peer = new CoapUdpEndpoint(new() { ReceiveMode = CoapReceiveMode.Raw });
        await using var client = new CoapUdpEndpoint(new() { TimeProvider = time, Random = new FixedRandom(0) });
        var options = new CoapRequestOptions { ResponseTimeout = TimeSpan.FromSeconds(30) };

        var pending = client.SendRequestAsync(Get("/slow"), peer.LocalEndPoint, options);
        var request = (await peer.ReceiveRawAsync(MustHappenWithin)).Message!;
        peer.SendRaw(new CoapMessage(CoapMessageType.Acknowledgement, CoapCode.Empty, request.MessageId), client.LocalEndPoint);
        await client.WaitForDatagramAsync(d => d.Direction == CoapDatagramDirection.Received, "empty ACK", MustHappenWithin).WaitAsync(MustHappenWithin);
        time.Advance(TimeSpan.FromSeconds(30) - Tick);
        Assert.That(SentCount(client), Is.EqualTo(1), "no retransmission after the ACK");
        time.Advance(Tick);

        var error = Assert.ThrowsAsync<CoapTimeoutException>(() => pending.WaitAsync(MustHappenWithin));
        Assert.That(error!.Message, Does.StartWith("no response to CON GET /slow").And.EndWith("within 30 s after its empty ACK"));
    }

    [Test]
    public async Task A_CON_notification_or_separate_response_is_retransmitted_the_same_way()
    {
        var time = new FakeTimeProvider();
        await using var peer = new CoapUdpEndpoint(new() { ReceiveMode = CoapReceiveMode.Raw });
        await using var server = new CoapUdpEndpoint(new() { TimeProvider = time, Random = new FixedRandom(0), Settings = new() { MaxRetransmit = 1 } });

        var pending = server.SendConfirmableAsync(Content("n").WithToken(new byte[] { 1 }), peer.LocalEndPoint);
        time.Advance(TimeSpan.FromSeconds(2));
        Assert.That(SentCount(server), Is.EqualTo(2));
        time.Advance(TimeSpan.FromSeconds(4));

        var error = Assert.ThrowsAsync<CoapTimeoutException>(() => pending.WaitAsync(MustHappenWithin));
        Assert.That(error!.Message, Does.Contain("CON 2.05 Content").And.EndWith("after 1 retransmissions within 6 s"));
    }

    private static int SentCount(CoapUdpEndpoint endpoint) => endpoint.Traffic.Count(d => d.Direction == CoapDatagramDirection.Sent);
}
