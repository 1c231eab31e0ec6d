using System.Text;
using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Content;
using Harness.Protocol.Lwm2m.Content.Tlv;
using Harness.Protocol.Lwm2m.Messages;
using Harness.Protocol.Lwm2m.Nodes;
using Harness.Protocol.Lwm2m.Values;
using Harness.Runtime.Peers.Client;

namespace Harness.Tests.Runtime.Peers.Client;

/// <summary>Block-wise transfers, LwM2M 1.1 resource partial updates and an LwM2M 1.0 client's defaults.</summary>
public class DeviceManagementTransferTests
{
    private static readonly Lwm2mPath Timezone = Lwm2mPath.Parse("/3/0/15");

    [Test]
    public async Task A_large_value_is_read_in_Block2_blocks_and_written_in_Block1_blocks()
    {
        await using var client = await ClientUnderTest.StartAsync();
        string large = string.Concat(Enumerable.Repeat("Europe/Berlin;", 200));
        var write = WriteRequest.Replace(Timezone, Encoding.UTF8.GetBytes(large), ContentFormat.TextPlain).ToCoapMessage();

        var written = await client.Server.Endpoint.UploadAsync(write, client.Endpoint.LocalEndPoint, blockSize: 256);
        var read = await client.Server.Endpoint.DownloadAsync(new ReadRequest(Timezone).ToCoapMessage(), client.Endpoint.LocalEndPoint, preferredBlockSize: 256);

        Assert.That(written.Code, Is.EqualTo(CoapCode.Changed));
        Assert.That(client.Store.GetValue(Timezone), Is.EqualTo(Lwm2mValue.String(large)));
        Assert.That(Encoding.UTF8.GetString(read.Payload.Span), Is.EqualTo(large));
        Assert.That(client.Server.Endpoint.Traffic.Count(d => d.Direction == Harness.Runtime.Coap.CoapDatagramDirection.Sent), Is.GreaterThan(20), "both ways took many blocks");
    }

    [Test]
    public async Task A_POST_with_a_payload_to_a_writable_multiple_resource_merges_its_instances()
    {
        await using var client = await ClientUnderTest.StartAsync();
        client.Store.AddObject(2, new Harness.Protocol.Lwm2m.Model.VersionNumber(1, 0));
        client.Store.PutInstance(2, new Lwm2mObjectInstance(0, new Lwm2mSingleResource(0, Lwm2mValue.Integer(3)), new Lwm2mSingleResource(1, Lwm2mValue.Integer(0)), Lwm2mMultipleResource.FromValues(2, Lwm2mValue.Integer(1)), new Lwm2mSingleResource(3, Lwm2mValue.Integer(1))));
        var acl = Lwm2mPath.Parse("/2/0/2");
        var payload = TlvCodec.Instance.Encode(Lwm2mContent.Single(acl, new Lwm2mMultipleResource(2, new Lwm2mResourceInstance(4, Lwm2mValue.Integer(15)))), client.ContextFor(acl));

        var response = await client.Server.SendWriteAsync(WriteRequest.PartialUpdate(acl, payload, ContentFormat.LwM2mTlv));

        Assert.That(response.Code, Is.EqualTo(CoapCode.Changed), response.ToString());
        Assert.That(((Lwm2mMultipleResource)client.Store.Get(acl)!).Instances.Select(i => i.Id), Is.EqualTo(new[] { 0, 4 }));
    }

    [TestCase("/3/0/0", ContentFormat.TextPlain)]
    [TestCase("/3/0", ContentFormat.LwM2mTlv)]
    public async Task An_LwM2M_1_0_client_answers_the_1_0_default_formats(string target, int format)
    {
        await using var client = await ClientUnderTest.StartAsync(new DeviceManagementOptions { Lwm2mVersion = Lwm2mVersions.V10 });

        var response = await client.Server.SendReadAsync(Lwm2mPath.Parse(target));

        Assert.That(response.ContentFormat, Is.EqualTo(format));
        Assert.That(response.Content, Is.Not.Null, response.ToString());
        Assert.That(client.Server.Registrations.Single().ObjectLinks.ToString(), Is.EqualTo("</1/0>,</3/0>"));
    }
}
