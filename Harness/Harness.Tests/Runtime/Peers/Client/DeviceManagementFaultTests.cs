using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Content;
using Harness.Protocol.Lwm2m.Content.Tlv;
using Harness.Protocol.Lwm2m.Messages;
using Harness.Protocol.Lwm2m.Nodes;
using Harness.Protocol.Lwm2m.Values;
using Harness.Runtime.Coap;
using Harness.Runtime.Peers.Client;

namespace Harness.Tests.Runtime.Peers.Client;

/// <summary>Each named fault shows on the wire, while the same steps against a correct client do not show it.</summary>
public class DeviceManagementFaultTests
{
    [Test]
    public async Task The_wrong_read_format_fault_answers_TLV_whatever_was_accepted()
    {
        await using var faulty = await ClientUnderTest.StartAsync(new DeviceManagementOptions { Faults = DeviceManagementFaults.WrongReadContentFormat });
        await using var correct = await ClientUnderTest.StartAsync();
        var manufacturer = Lwm2mPath.Parse("/3/0/0");

        var wrong = await faulty.Server.SendReadAsync(manufacturer, ContentFormat.TextPlain);
        var right = await correct.Server.SendReadAsync(manufacturer, ContentFormat.TextPlain);

        Assert.That(wrong.ContentFormat, Is.EqualTo(ContentFormat.LwM2mTlv), "the int-201 check (Accept text/plain) must see TLV");
        Assert.That(wrong.Content, Is.EqualTo(right.Content), "the value itself is still right");
        Assert.That(right.ContentFormat, Is.EqualTo(ContentFormat.TextPlain));
    }

    [TestCase(DeviceManagementFaults.None, true)]
    [TestCase(DeviceManagementFaults.NoNotifications, false)]
    public async Task The_no_notifications_fault_keeps_a_change_to_itself(DeviceManagementFaults faults, bool notified)
    {
        await using var client = await ClientUnderTest.StartAsync(new DeviceManagementOptions { Faults = faults });
        var battery = Lwm2mPath.Parse("/3/0/9");
        await client.Server.SendWriteAttributesAsync(battery, new NotificationAttributes { MinimumPeriod = 0 });
        var observation = await client.Server.SendObserveAsync(new ObserveRequest(battery));

        client.Store.SetValue(battery, Lwm2mValue.Integer(42));
        // A change is notified as it happens, so by the end of a later exchange a notification would have left.
        await client.Server.SendReadAsync(battery);

        bool sent = client.Endpoint.Traffic.Any(d => d.Direction == CoapDatagramDirection.Sent && d.Message is { IsResponse: true, Observe: not null } m && m.Payload.Span.SequenceEqual("42"u8));
        Assert.That(observation.IsEstablished, Is.True);
        Assert.That(sent, Is.EqualTo(notified));
    }

    [TestCase(DeviceManagementFaults.None, false)]
    [TestCase(DeviceManagementFaults.ReplaceAsPartialUpdate, true)]
    public async Task The_replace_as_partial_update_fault_keeps_resources_a_replace_drops(DeviceManagementFaults faults, bool kept)
    {
        await using var client = await ClientUnderTest.StartAsync(new DeviceManagementOptions { Faults = faults });
        var serverInstance = Lwm2mPath.Parse("/1/0");
        var content = Lwm2mContent.Single(serverInstance, new Lwm2mObjectInstance(0, new Lwm2mSingleResource(1, Lwm2mValue.Integer(900))));

        var response = await client.Server.SendWriteAsync(WriteRequest.Encode(WriteMode.Replace, content, TlvCodec.Instance, client.ContextFor(serverInstance)));

        Assert.That(response.Code, Is.EqualTo(CoapCode.Changed));
        Assert.That(client.Store.Get(Lwm2mPath.Parse("/1/0/2")) is not null, Is.EqualTo(kept), "Default Minimum Period was not given");
    }

    [TestCase(DeviceManagementFaults.None, ContentFormat.LwM2mTlv, true)]
    [TestCase(DeviceManagementFaults.IncompleteDeviceInstance, ContentFormat.LwM2mTlv, false)]
    [TestCase(DeviceManagementFaults.IncompleteDeviceInstance, ContentFormat.SenmlJson, false)]
    [TestCase(DeviceManagementFaults.IncompleteDeviceInstance, ContentFormat.SenmlCbor, false)]
    public async Task The_incomplete_device_instance_fault_leaves_out_supported_binding(DeviceManagementFaults faults, int format, bool present)
    {
        await using var client = await ClientUnderTest.StartAsync(new DeviceManagementOptions { Faults = faults });

        var response = await client.Server.SendReadAsync(Lwm2mPath.Parse("/3/0"), format);

        Assert.That(response.ContentFormat, Is.EqualTo(format));
        Assert.That(response.Content, Is.Not.Null, response.ToString());
        Assert.That(Holds(response.Content!, 16), Is.EqualTo(present));
        Assert.That(Holds(response.Content!, 0), Is.True, "the other resources are still there");
    }

    /// <summary>Whether /3/0/<paramref name="resource"/> is in the content, as a resource of an instance (TLV) or a record of its own (SenML).</summary>
    private static bool Holds(Lwm2mContent content, int resource) =>
        content.Entries.Any(e => e.Path.StartsWith(new Lwm2mPath(3, 0, resource)) || (e.Node is Lwm2mObjectInstance instance && instance.TryGetResource(resource, out _)));
}
