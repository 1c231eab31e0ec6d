using System.Text;
using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Messages;

namespace Harness.Tests.Runtime.Peers.Client;

/// <summary>Discover and Write-Attributes over loopback from the fake LwM2M Server.</summary>
public class DeviceManagementDiscoverTests
{
    private static readonly Lwm2mPath Voltage = Lwm2mPath.Parse("/3/0/7");

    [Test]
    public async Task Written_attributes_show_in_discover_with_the_dimension_of_a_multiple_resource()
    {
        await using var client = await ClientUnderTest.StartAsync();

        var written = await client.Server.SendWriteAttributesAsync(Voltage, new NotificationAttributes { MinimumPeriod = 5, MaximumPeriod = 50, GreaterThan = 4000 });
        var discovered = await client.Server.SendDiscoverAsync(Voltage);

        Assert.That(written.Code, Is.EqualTo(CoapCode.Changed), written.ToString());
        Assert.That(discovered.Code, Is.EqualTo(CoapCode.Content));
        Assert.That(discovered.ContentFormat, Is.EqualTo(ContentFormat.LinkFormat));
        Assert.That(Encoding.UTF8.GetString(discovered.Payload.Span), Is.EqualTo("</3/0/7>;dim=2;pmin=5;pmax=50;gt=4000"));
    }

    [Test]
    public async Task Discover_of_an_object_lists_its_version_instances_and_resources()
    {
        await using var client = await ClientUnderTest.StartAsync();

        var discovered = await client.Server.SendDiscoverAsync(Lwm2mPath.Parse("/1"));

        Assert.That(
            Encoding.UTF8.GetString(discovered.Payload.Span),
            Is.EqualTo("</1>;ver=1.1,</1/0>,</1/0/0>,</1/0/1>,</1/0/2>,</1/0/3>,</1/0/4>,</1/0/5>,</1/0/6>,</1/0/7>,</1/0/8>,</1/0/9>"));
    }

    [TestCase("/0", "4.01")]
    [TestCase("/3/0/17", "4.04")]
    [TestCase("/7", "4.04")]
    public async Task Discover_refuses_what_the_server_may_not_see_or_what_is_not_there(string target, string code)
    {
        await using var client = await ClientUnderTest.StartAsync();

        var discovered = await client.Server.SendDiscoverAsync(Lwm2mPath.Parse(target));

        Assert.That(discovered.Code.ToString(), Does.StartWith(code));
    }

    [Test]
    public async Task Thresholds_on_a_string_resource_are_refused_with_4_00()
    {
        await using var client = await ClientUnderTest.StartAsync();

        var written = await client.Server.SendWriteAttributesAsync(Lwm2mPath.Parse("/3/0/0"), new NotificationAttributes { LessThan = 3 });

        Assert.That(written.Code, Is.EqualTo(CoapCode.BadRequest));
        Assert.That(client.Store.AttributesAt(Lwm2mPath.Parse("/3/0/0")), Is.Null);
    }
}
