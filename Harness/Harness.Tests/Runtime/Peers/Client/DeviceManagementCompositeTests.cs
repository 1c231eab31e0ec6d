using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Content;
using Harness.Protocol.Lwm2m.Content.SenmlCbor;
using Harness.Protocol.Lwm2m.Messages;
using Harness.Protocol.Lwm2m.Nodes;
using Harness.Protocol.Lwm2m.Values;

namespace Harness.Tests.Runtime.Peers.Client;

/// <summary>Read-Composite and Write-Composite over loopback from the fake LwM2M Server.</summary>
public class DeviceManagementCompositeTests
{
    private static readonly Lwm2mPath Manufacturer = Lwm2mPath.Parse("/3/0/0");
    private static readonly Lwm2mPath Lifetime = Lwm2mPath.Parse("/1/0/1");
    private static readonly Lwm2mPath Timezone = Lwm2mPath.Parse("/3/0/15");

    [Test]
    public async Task A_read_composite_in_SenML_JSON_answers_each_path_that_exists()
    {
        await using var client = await ClientUnderTest.StartAsync();

        var response = await client.Server.SendReadCompositeAsync(ReadCompositeRequest.Of(Manufacturer, Lifetime, Lwm2mPath.Parse("/3/0/17")));

        Assert.That(response.Code, Is.EqualTo(CoapCode.Content), response.ToString());
        Assert.That(response.ContentFormat, Is.EqualTo(ContentFormat.SenmlJson));
        Assert.That(response.Content, Is.EqualTo(new Lwm2mContent(
        [
            new(Lifetime, new Lwm2mSingleResource(1, Lwm2mValue.Integer(300))),
            new(Manufacturer, new Lwm2mSingleResource(0, Lwm2mValue.String("Open Mobile Alliance"))),
        ])));
    }

    [Test]
    public async Task A_read_composite_in_SenML_CBOR_reads_a_whole_instance_once()
    {
        await using var client = await ClientUnderTest.StartAsync();
        var device = Lwm2mPath.Parse("/3/0");
        var request = new ReadCompositeRequest(SenmlCborCodec.EncodePaths([device, Manufacturer]), ContentFormat.SenmlCbor) { Accept = ContentFormat.SenmlCbor };

        var response = await client.Server.SendReadCompositeAsync(request);

        Assert.That(response.ContentFormat, Is.EqualTo(ContentFormat.SenmlCbor), response.ToString());
        Assert.That(response.Decoded?.Errors, Is.Empty);
        var leaves = response.Content!.Entries.Select(e => e.Path).ToList();
        Assert.That(leaves, Has.Member(Manufacturer));
        Assert.That(leaves, Has.Member(Lwm2mPath.Parse("/3/0/16")));
        Assert.That(leaves, Is.Unique);
    }

    [Test]
    public async Task A_write_composite_in_SenML_JSON_writes_every_resource()
    {
        await using var client = await ClientUnderTest.StartAsync();

        var response = await client.Server.SendWriteCompositeAsync(new WriteCompositeRequest("[{\"n\":\"/1/0/1\",\"v\":60},{\"n\":\"/3/0/15\",\"vs\":\"UTC\"}]"u8.ToArray(), ContentFormat.SenmlJson));

        Assert.That(response.Code, Is.EqualTo(CoapCode.Changed), response.ToString());
        Assert.That(client.Store.GetValue(Lifetime), Is.EqualTo(Lwm2mValue.Integer(60)));
        Assert.That(client.Store.GetValue(Timezone), Is.EqualTo(Lwm2mValue.String("UTC")));
    }

    [Test]
    public async Task A_write_composite_in_SenML_CBOR_is_understood()
    {
        await using var client = await ClientUnderTest.StartAsync();
        var content = new Lwm2mContent([new(Lifetime, new Lwm2mSingleResource(1, Lwm2mValue.Integer(45)))]);

        var response = await client.Server.SendWriteCompositeAsync(WriteCompositeRequest.Encode(content, SenmlCborCodec.Instance, client.ContextFor(Lwm2mPath.Root)));

        Assert.That(response.Code, Is.EqualTo(CoapCode.Changed), response.ToString());
        Assert.That(client.Store.GetValue(Lifetime), Is.EqualTo(Lwm2mValue.Integer(45)));
    }

    [Test]
    public async Task A_write_composite_with_one_read_only_resource_changes_nothing()
    {
        await using var client = await ClientUnderTest.StartAsync();

        var response = await client.Server.SendWriteCompositeAsync(new WriteCompositeRequest("[{\"n\":\"/1/0/1\",\"v\":60},{\"n\":\"/3/0/0\",\"vs\":\"Acme\"}]"u8.ToArray(), ContentFormat.SenmlJson));

        Assert.That(response.Code, Is.EqualTo(CoapCode.MethodNotAllowed), response.ToString());
        Assert.That(client.Store.GetValue(Lifetime), Is.EqualTo(Lwm2mValue.Integer(300)));
    }

    [Test]
    public async Task A_composite_path_list_in_an_unsupported_format_is_refused_with_4_15()
    {
        await using var client = await ClientUnderTest.StartAsync();

        var response = await client.Server.SendReadCompositeAsync(new ReadCompositeRequest("/3/0/0"u8.ToArray(), ContentFormat.TextPlain));

        Assert.That(response.Code, Is.EqualTo(CoapCode.UnsupportedContentFormat));
    }
}
