using System.Net;
using Harness.Runtime.Capture;

namespace Harness.Tests.Runtime.Capture;

public sealed class DatagramTallyTests
{
    private static readonly DateTimeOffset At = DateTimeOffset.UnixEpoch;

    [Test]
    public void Each_copy_of_a_retransmitted_datagram_must_be_seen()
    {
        var datagram = View("127.0.0.1", 40000, 5683, 1);
        var tally = new DatagramTally([datagram, datagram, View("127.0.0.1", 5683, 40000, 2)]);

        tally.Observe(datagram);
        Assert.That(tally.Missing, Is.EqualTo(2));
        tally.Observe(datagram);
        tally.Observe(datagram);
        Assert.That(tally.Missing, Is.EqualTo(1), "a third copy matches nothing more");
    }

    [Test]
    public void Addresses_in_another_form_still_match_but_other_ports_or_payloads_do_not()
    {
        var tally = new DatagramTally([View("127.0.0.1", 40000, 5683, 1)]);

        tally.Observe(View("::ffff:127.0.0.1", 40000, 5684, 1));
        tally.Observe(View("::ffff:127.0.0.1", 40000, 5683, 2));
        Assert.That(tally.Missing, Is.EqualTo(1));
        tally.Observe(View("::ffff:127.0.0.1", 40000, 5683, 1));
        Assert.That(tally.Missing, Is.Zero);
    }

    private static UdpDatagramView View(string address, int from, int to, byte payload) =>
        new(new IPEndPoint(IPAddress.Parse(address), from), new IPEndPoint(IPAddress.Parse(address), to), new[] { payload }, At);
}
