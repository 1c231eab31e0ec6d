using System.Text;
using Harness.Protocol.Coap;
using Harness.Runtime.Coap.Tcp;

namespace Harness.Tests.Interop;

/// <summary>Our TCP client against libcoap's coap-server-notls over coap+tcp.</summary>
[Category("Interop")]
public class LibcoapTcpServerInteropTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);
    private static readonly CoapTcpSettings Settings = new() { CsmTimeout = Deadline, ResponseTimeout = Deadline };

    [Test]
    public async Task Discovery_lists_the_example_resources_and_the_CSMs_are_exchanged()
    {
        await using var server = await LibcoapTcpServer.StartAsync(Deadline);
        await using var client = await CoapTcpClient.ConnectAsync(server.EndPoint, Settings);

        var response = await client.RequestAsync(Request(CoapCode.Get, ".well-known", "core"), Deadline);

        string links = Encoding.UTF8.GetString(response.Payload.Span);
        Assert.That(response.Code, Is.EqualTo(CoapCode.Content));
        Assert.That(response.ContentFormat, Is.EqualTo(40));
        Assert.That(links, Does.Contain("</time>").And.Contain("</example_data>"));
        Assert.That(client.Peer.BlockWiseTransfer, Is.True);
        Assert.That(client.Peer.MaxMessageSize, Is.GreaterThan(1152u));
        Assert.That(server.Log, Does.Contain("c:CSM").And.Contain("Max-Message-Size:1048576"), "libcoap logged our CSM");
    }

    [Test]
    public async Task Put_then_get_returns_what_was_stored()
    {
        await using var server = await LibcoapTcpServer.StartAsync(Deadline);
        await using var client = await CoapTcpClient.ConnectAsync(server.EndPoint, Settings);

        var put = await client.RequestAsync(Request(CoapCode.Put, "example_data").WithPayload("stored over tcp"), Deadline);
        var get = await client.RequestAsync(Request(CoapCode.Get, "example_data"), Deadline);

        Assert.That(put.Code, Is.AnyOf(CoapCode.Created, CoapCode.Changed), "libcoap answers 2.01 to the PUT that first stores data");
        Assert.That(Encoding.UTF8.GetString(get.Payload.Span), Is.EqualTo("stored over tcp"));
        Assert.That(server.Log, Does.Contain("c:PUT").And.Contain(":: 'stored over tcp'"));
    }

    [Test]
    public async Task Post_creates_and_delete_removes_a_dynamic_resource()
    {
        await using var server = await LibcoapTcpServer.StartAsync(Deadline);
        await using var client = await CoapTcpClient.ConnectAsync(server.EndPoint, Settings);

        var post = await client.RequestAsync(Request(CoapCode.Post, "made-by-post").WithPayload("x"), Deadline);
        var put = await client.RequestAsync(Request(CoapCode.Put, "dynamic").WithPayload("abc"), Deadline);
        var before = await client.RequestAsync(Request(CoapCode.Get, "dynamic"), Deadline);
        var delete = await client.RequestAsync(Request(CoapCode.Delete, "dynamic"), Deadline);
        var after = await client.RequestAsync(Request(CoapCode.Get, "dynamic"), Deadline);

        Assert.That(post.Code, Is.EqualTo(CoapCode.Created));
        Assert.That(post.LocationPathSegments, Is.EqualTo(new[] { "made-by-post" }));
        Assert.That(put.Code, Is.EqualTo(CoapCode.Created));
        Assert.That(Encoding.UTF8.GetString(before.Payload.Span), Is.EqualTo("abc"));
        Assert.That(delete.Code, Is.EqualTo(CoapCode.Deleted));
        Assert.That(after.Code, Is.EqualTo(CoapCode.NotFound));
    }

    [Test]
    public async Task Observe_time_delivers_several_notifications_then_cancels()
    {
        await using var server = await LibcoapTcpServer.StartAsync(Deadline);
        await using var client = await CoapTcpClient.ConnectAsync(server.EndPoint, Settings);

        var observation = await client.ObserveAsync(Request(CoapCode.Get, "time").WithAddedOptions(CoapOption.FromUInt(OptionNumber.Observe, 0)), Deadline);
        var notifications = new List<CoapMessage>();
        for (int i = 0; i < 3; i++)
        {
            notifications.Add(await observation.NextNotificationAsync(Deadline));
        }

        var final = await observation.CancelAsync(Deadline);

        Assert.That(observation.IsRegistered, Is.True);
        Assert.That(notifications.Select(n => n.Code), Has.All.EqualTo(CoapCode.Content));
        Assert.That(notifications.Select(n => n.TokenHex), Has.All.EqualTo(observation.Registration.TokenHex));
        Assert.That(notifications.Select(n => Encoding.UTF8.GetString(n.Payload.Span)).Distinct().Count(), Is.GreaterThan(1), "the clock moved between notifications");
        Assert.That(final.Observe, Is.Null);
        Assert.That(final.Code, Is.EqualTo(CoapCode.Content));
    }

    [Test]
    public async Task Block2_download_of_a_multi_kilobyte_resource_in_1024_byte_blocks()
    {
        var body = Enumerable.Range(0, 5000).Select(i => (byte)('a' + (i % 26))).ToArray();
        await using var server = await LibcoapTcpServer.StartAsync(Deadline);
        await using var client = await CoapTcpClient.ConnectAsync(server.EndPoint, Settings);
        var upload = await client.UploadAsync(Request(CoapCode.Put, "example_data"), body, blockSize: 1024, deadline: Deadline);

        var download = await client.DownloadAsync(Request(CoapCode.Get, "example_data"), blockSize: 1024, deadline: Deadline);

        Assert.That(upload.Succeeded, Is.True, upload.ToString());
        Assert.That(upload.Responses.Take(4).Select(r => r.Code), Has.All.EqualTo(CoapCode.Continue));
        Assert.That(upload.FinalResponse!.Code, Is.AnyOf(CoapCode.Created, CoapCode.Changed));
        Assert.That(download.Succeeded, Is.True, download.ToString());
        Assert.That(download.Body.ToArray(), Is.EqualTo(body));
        Assert.That(download.Responses.Select(r => r.Block2!.Value.ToString()), Is.EqualTo(new[] { "0/1/1024", "1/1/1024", "2/1/1024", "3/1/1024", "4/0/1024" }));
    }

    [Test]
    public async Task Block1_upload_and_Block2_download_use_BERT_when_libcoap_signals_block_wise_transfer()
    {
        var body = Enumerable.Range(0, 200_000).Select(i => (byte)(i % 251)).ToArray();
        await using var server = await LibcoapTcpServer.StartAsync(Deadline);
        await using var client = await CoapTcpClient.ConnectAsync(server.EndPoint, Settings);
        var upload = await client.UploadAsync(Request(CoapCode.Put, "example_data"), body, deadline: Deadline);

        var download = await client.DownloadAsync(Request(CoapCode.Get, "example_data"), deadline: Deadline);

        Assert.That(client.CanUseBert, Is.True);
        Assert.That(upload.Succeeded, Is.True, upload.ToString());
        Assert.That(download.Succeeded, Is.True, download.ToString());
        Assert.That(download.Body.ToArray(), Is.EqualTo(body));
        Assert.That(upload.Responses.Where(r => r.Code == CoapCode.Continue).Select(r => r.Block1!.Value.ToString()), Is.EqualTo(new[] { "0/1/BERT", "64/1/BERT", "128/1/BERT" }));
        Assert.That(download.Responses.Select(r => r.Block2!.Value.IsBert), Has.All.True, "a final BERT block may carry more than 1024 bytes (RFC 8323 §6)");
    }

    private static CoapMessage Request(CoapCode code, params string[] path) =>
        new(CoapMessageType.Confirmable, code, 0, default, path.Select(p => CoapOption.FromString(OptionNumber.UriPath, p)));
}
