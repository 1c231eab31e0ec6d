using System.Net;
using Harness.Runtime.Capture;

namespace Harness.Tests.Runtime.Capture;

public sealed class CaptureInterfaceTests
{
    private static readonly CaptureInterface[] Interfaces =
    [
        new("eth0", [IPAddress.Parse("192.0.2.10"), IPAddress.Parse("2001:db8::10")], false),
        new(CaptureInterface.AnyName, [], false),
        new("lo", [IPAddress.Loopback, IPAddress.IPv6Loopback], true),
    ];

    [TestCase("127.0.0.1", "lo")]
    [TestCase("::1", "lo")]
    [TestCase("127.0.0.5", "lo")]
    [TestCase("::ffff:127.0.0.1", "lo")]
    [TestCase("192.0.2.10", "eth0")]
    [TestCase("2001:db8::10", "eth0")]
    [TestCase("0.0.0.0", "any")]
    [TestCase("::", "any")]
    public void The_interface_carrying_the_address_is_chosen(string address, string expected) =>
        Assert.That(CaptureInterface.Choose(IPAddress.Parse(address), Interfaces)?.Name, Is.EqualTo(expected));

    [Test]
    public void An_address_no_interface_carries_has_no_interface() =>
        Assert.That(CaptureInterface.Choose(IPAddress.Parse("198.51.100.1"), Interfaces), Is.Null);
}
