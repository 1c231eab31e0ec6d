using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Harness.Protocol.Coap;
using Harness.Runtime.Coap;
using static Harness.Tests.Runtime.Coap.CoapTestMessages;

namespace Harness.Tests.Runtime.Coap;

/// <summary>
/// Real sockets, real clock: a plain UDP peer drops the first two copies of a CON and answers the third;
/// the arrival gaps must fit the back-off of RFC 7252 §4.2.
/// </summary>
public class CoapRetransmissionTimingTests
{
    private static readonly CoapTransmissionSettings Fast = new() { AckTimeout = TimeSpan.FromMilliseconds(200) };

    /// <summary>
    /// Scheduling tolerance for arrival gaps: a timer or the receiving thread may be late by this much on a
    /// loaded 2-core machine. Early arrival has only timestamp granularity to blame, so its margin is small.
    /// </summary>
    private static readonly TimeSpan LateTolerance = TimeSpan.FromMilliseconds(150);

    private static readonly TimeSpan EarlyTolerance = TimeSpan.FromMilliseconds(15);

    [Test]
    public async Task Copies_of_a_CON_arrive_within_the_back_off_bounds()
    {
        using var peer = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        peer.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        await using var client = new CoapUdpEndpoint(new() { Settings = Fast });

        var pending = client.SendRequestAsync(Get("/timed"), (IPEndPoint)peer.LocalEndPoint!);
        var arrivals = new List<(long Timestamp, byte[] Bytes, EndPoint From)>();
        for (int copy = 0; copy < 3; copy++)
        {
            arrivals.Add(await ReceiveAsync(peer));
        }

        var request = CoapUdpCodec.DecodeOrThrow(arrivals[2].Bytes);
        var ack = new CoapMessage(CoapMessageType.Acknowledgement, CoapCode.Content, request.MessageId, request.Token).WithPayload("third time");
        await peer.SendToAsync(CoapUdpCodec.Encode(ack), arrivals[2].From);
        var response = await pending.WaitAsync(MustHappenWithin);

        Assert.That(Text(response), Is.EqualTo("third time"));
        Assert.That(arrivals.Select(a => Convert.ToHexString(a.Bytes)).Distinct().Count(), Is.EqualTo(1), "copies are identical");
        // The k-th gap (k ≥ 1) is the initial timeout T0 doubled k−1 times, T0 in [ACK_TIMEOUT, ACK_TIMEOUT × ACK_RANDOM_FACTOR].
        for (int k = 1; k < arrivals.Count; k++)
        {
            var gap = Stopwatch.GetElapsedTime(arrivals[k - 1].Timestamp, arrivals[k].Timestamp);
            var low = Fast.AckTimeout * Math.Pow(2, k - 1);
            var high = Fast.MaxInitialTimeout * Math.Pow(2, k - 1);
            await TestContext.Out.WriteLineAsync($"gap {k}: {gap.TotalMilliseconds:0.0} ms, allowed {low.TotalMilliseconds:0}..{high.TotalMilliseconds:0} ms");
            Assert.That(gap, Is.InRange(low - EarlyTolerance, high + LateTolerance), $"gap before copy {k + 1}");
        }

        Assert.That(client.Traffic.Count(d => d.Direction == CoapDatagramDirection.Sent), Is.EqualTo(3));
    }

    private static async Task<(long Timestamp, byte[] Bytes, EndPoint From)> ReceiveAsync(Socket socket)
    {
        var buffer = new byte[2048];
        using var deadline = new CancellationTokenSource(MustHappenWithin);
        var result = await socket.ReceiveFromAsync(buffer, SocketFlags.None, new IPEndPoint(IPAddress.Any, 0), deadline.Token);
        long timestamp = Stopwatch.GetTimestamp();
        return (timestamp, buffer[..result.ReceivedBytes], result.RemoteEndPoint);
    }
}
