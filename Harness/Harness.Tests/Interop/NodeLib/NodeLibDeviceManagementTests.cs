using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m;
using Harness.Runtime.Coap;

namespace Harness.Tests.Interop.NodeLib;

/// <summary>
/// Reads and Discover against the lwm2m-node-lib client (ETS int-201, int-203): it keeps one text value per
/// resource and knows no LwM2M content format of its own, so text/plain reads of single resources work and
/// everything else departs from LwM2M 1.0 in ways these tests pin down.
/// </summary>
[Category("Interop")]
[NonParallelizable]
public class NodeLibDeviceManagementTests
{
    [Test]
    public async Task Reads_manufacturer_model_and_serial_number_as_text_plain()
    {
        var (client, _, _) = await NodeLibClient.StartRegisteredAsync();
        await using var running = client;

        var values = new List<string>();
        foreach (var path in new[] { "/3/0/0", "/3/0/1", "/3/0/2" })
        {
            var read = await client.Server.SendReadAsync(Lwm2mPath.Parse(path), ContentFormat.TextPlain);
            Assert.That(read.Code, Is.EqualTo(CoapCode.Content), path);
            values.Add(read.Message.PayloadText());
        }

        Assert.That(values, Is.EqualTo(new[] { "Open Mobile Alliance", "Lightweight M2M Client", "345000123" }));
    }

    [Test]
    public async Task Deviation_a_Content_response_names_no_Content_Format()
    {
        var (client, _, _) = await NodeLibClient.StartRegisteredAsync();
        await using var running = client;

        var asked = await client.Server.SendReadAsync(Lwm2mPath.Parse("/3/0/0"), ContentFormat.TextPlain);
        var unasked = await client.Server.SendReadAsync(Lwm2mPath.Parse("/3/0/9"));

        // LwM2M 1.0 requires the Content-Format of every payload it carries.
        Assert.That(asked.ContentFormat, Is.Null, "Accept text/plain");
        Assert.That(unasked.ContentFormat, Is.Null, "no Accept");
        Assert.That(unasked.Message.PayloadText(), Is.EqualTo("100"));
    }

    [TestCase("/3/0/0", TestName = "Deviation: a TLV Read of a resource is never acknowledged")]
    [TestCase("/3/0", TestName = "Deviation: a TLV Read of the Device instance is never acknowledged")]
    public async Task Deviation_a_TLV_read_is_never_acknowledged(string path)
    {
        var (client, _, _) = await NodeLibClient.StartRegisteredAsync();
        await using var running = client;

        // Its CoAP stack throws on an Accept number it has no name for and drops the CON without an ACK;
        // LwM2M asks for 4.06 Not Acceptable (or the TLV content).
        Assert.ThrowsAsync<CoapTimeoutException>(() => client.Server.SendReadAsync(Lwm2mPath.Parse(path), ContentFormat.LwM2mTlv));

        var sent = client.Server.Traffic.Count(d => d.Direction == CoapDatagramDirection.Sent && d.Message?.Code == CoapCode.Get);
        var answers = client.Server.Traffic.Count(d => d.Direction == CoapDatagramDirection.Received && d.Message is { IsResponse: true } or { Type: CoapMessageType.Acknowledgement or CoapMessageType.Reset });
        Assert.That(sent, Is.EqualTo(NodeLibClient.Transmission.MaxRetransmit + 1), "the first transmission and every retransmission went out");
        Assert.That(answers, Is.Zero, "not one ACK, RST or response came back");
        Assert.That(client.Adapter.State.Status, Is.EqualTo(Harness.Runtime.Dut.DutRunStatus.Running), "the client lives on");
    }

    [Test]
    public async Task Deviation_a_Read_of_the_Device_instance_is_answered_4_04()
    {
        var (client, _, _) = await NodeLibClient.StartRegisteredAsync();
        await using var running = client;

        var instance = await client.Server.SendReadAsync(Lwm2mPath.Parse("/3/0"));
        var obj = await client.Server.SendReadAsync(Lwm2mPath.Parse("/3"));

        // It looks for a resource named by the path and finds none at the instance level; the object level is 4.00.
        Assert.That(instance.Code, Is.EqualTo(CoapCode.NotFound));
        Assert.That(obj.Code, Is.EqualTo(CoapCode.BadRequest));
    }

    [Test]
    public async Task Discover_of_the_Device_instance_lists_its_resources()
    {
        var (client, _, _) = await NodeLibClient.StartRegisteredAsync();
        await using var running = client;

        var discover = await client.Server.SendDiscoverAsync(Lwm2mPath.Parse("/3/0"));

        Assert.That(discover.Code, Is.EqualTo(CoapCode.Content));
        Assert.That(discover.Message.PayloadText(), Does.StartWith("</3/0>,</3/0/0>,</3/0/1>,</3/0/2>,</3/0/3>,"));
        Assert.That(discover.Message.PayloadText(), Does.Not.Contain("</3/0/4>"), "executable resources hold no value, so Discover omits them");
        Assert.That(discover.ContentFormat, Is.Null, "deviation: no Content-Format here either");
    }
}
