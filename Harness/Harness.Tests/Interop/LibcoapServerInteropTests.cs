using Harness.Protocol.Coap;
using Harness.Protocol.Coap.Observe;
using Harness.Runtime.Coap;
using static Harness.Tests.Interop.InteropSettings;

namespace Harness.Tests.Interop;

/// <summary>Our UDP client against libcoap's server: what we sent is what it stored, and back.</summary>
[Category("Interop")]
public class LibcoapServerInteropTests
{
    [Test]
    public async Task Discovery_lists_the_observable_resources_we_use()
    {
        await using var client = new CoapUdpEndpoint(Client);
        var (server, links) = await LibcoapServer.StartAsync(client);
        await using var _ = server;

        Assert.That(links, Does.Contain("</time>").And.Contain("</example_data>"));
        Assert.That(links, Does.Match("</time>[^,]*;obs"));
    }

    [Test]
    public async Task PUT_then_GET_POST_and_DELETE_on_a_dynamic_resource()
    {
        await using var client = new CoapUdpEndpoint(Client);
        var (server, _) = await LibcoapServer.StartAsync(client);
        await using var running = server;

        var put = await client.SendRequestAsync(Request(CoapCode.Put, "example_data").WithPayload("from the harness"), server.EndPoint);
        var get = await client.SendRequestAsync(Request(CoapCode.Get, "example_data"), server.EndPoint);
        var create = await client.SendRequestAsync(Request(CoapCode.Put, "made").WithPayload("new"), server.EndPoint);
        var delete = await client.SendRequestAsync(Request(CoapCode.Delete, "made"), server.EndPoint);
        var gone = await client.SendRequestAsync(Request(CoapCode.Get, "made"), server.EndPoint);
        var post = await client.SendRequestAsync(Request(CoapCode.Post, string.Empty).WithPayload("x"), server.EndPoint);

        Assert.That(put.Code, Is.AnyOf(CoapCode.Created, CoapCode.Changed), "libcoap answers 2.01 to the first PUT of example_data");
        Assert.That(Text(get), Is.EqualTo("from the harness"));
        Assert.That(create.Code, Is.EqualTo(CoapCode.Created));
        Assert.That(delete.Code, Is.EqualTo(CoapCode.Deleted));
        Assert.That(gone.Code, Is.EqualTo(CoapCode.NotFound));
        Assert.That(post.Code, Is.EqualTo(CoapCode.MethodNotAllowed));
    }

    [Test]
    public async Task A_multi_kilobyte_body_goes_up_in_Block1_and_comes_back_in_Block2()
    {
        await using var client = new CoapUdpEndpoint(Client);
        var (server, _) = await LibcoapServer.StartAsync(client);
        await using var running = server;
        byte[] body = System.Text.Encoding.ASCII.GetBytes(string.Concat(Enumerable.Range(0, 400).Select(i => $"{i:D4}:abc;")));

        var stored = await client.UploadAsync(Request(CoapCode.Put, "big").WithPayload(body), server.EndPoint, blockSize: 512);
        var fetched = await client.DownloadAsync(Request(CoapCode.Get, "big"), server.EndPoint, preferredBlockSize: 256);

        Assert.That(stored.Code.IsSuccess, Is.True, stored.ToString());
        Assert.That(fetched.Payload.ToArray(), Is.EqualTo(body));
        var blockRequests = client.Traffic.Count(d => d.Direction == CoapDatagramDirection.Sent && d.Message?.Code == CoapCode.Get && d.Message.Block2 is not null);
        Assert.That(blockRequests, Is.EqualTo((body.Length + 255) / 256));
    }

    [Test]
    public async Task Observing_time_gives_fresh_notifications_until_cancelled_with_Observe_1()
    {
        await using var client = new CoapUdpEndpoint(Client);
        var (server, _) = await LibcoapServer.StartAsync(client);
        await using var running = server;

        var observation = await client.ObserveAsync(Request(CoapCode.Get, "time"), server.EndPoint);
        var notifications = new List<CoapNotification>();
        for (int i = 0; i < 3; i++)
        {
            notifications.Add(await observation.NextAsync(MustHappenWithin));
        }

        var cancelled = await observation.CancelAsync();

        Assert.That(observation.IsEstablished, Is.True);
        Assert.That(notifications.Select(n => n.Freshness), Is.All.EqualTo(NotificationFreshness.Fresh));
        Assert.That(notifications.Select(n => n.Sequence!.Value), Is.Ordered.Ascending.And.Unique);
        Assert.That(notifications.Select(n => Text(n.Message)), Is.All.Match(@"\d\d:\d\d:\d\d"));
        Assert.That(cancelled.Code, Is.EqualTo(CoapCode.Content));
        Assert.That(cancelled.Observe, Is.Null, "the server no longer counts us as an observer (RFC 7641 §3.6)");
        var conNotifications = client.Traffic.Where(d => d.Direction == CoapDatagramDirection.Received && d.Message is { Type: CoapMessageType.Confirmable, Observe: not null }).Select(d => d.Message!.MessageId).ToList();
        var acks = client.Traffic.Where(d => d.Direction == CoapDatagramDirection.Sent && d.Message is { Type: CoapMessageType.Acknowledgement }).Select(d => d.Message!.MessageId).ToList();
        Assert.That(acks, Is.SupersetOf(conNotifications), "every CON notification is acknowledged");
    }

    [Test]
    public async Task Forgetting_an_observation_rejects_the_next_notification_with_RST_and_they_stop()
    {
        await using var client = new CoapUdpEndpoint(Client);
        var (server, _) = await LibcoapServer.StartAsync(client);
        await using var running = server;
        var observation = await client.ObserveAsync(Request(CoapCode.Get, "time"), server.EndPoint);
        await observation.NextAsync(MustHappenWithin);

        observation.ForgetAndResetNext();
        var reset = await client.WaitForDatagramAsync(d => d.Direction == CoapDatagramDirection.Sent && d.Message?.Type == CoapMessageType.Reset, "RST to a notification", MustHappenWithin);
        // /time notifies every second: 2.5 s without another means the server removed us.
        var more = client.WaitForDatagramAsync(d => d.Time > reset.Time && d.Direction == CoapDatagramDirection.Received && d.Message?.Observe is not null, "notification after RST", TimeSpan.FromSeconds(2.5));

        Assert.ThrowsAsync<CoapTimeoutException>(() => more);
    }

    private static CoapMessage Request(CoapCode method, string path) =>
        new(CoapMessageType.Confirmable, method, options: path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(s => CoapOption.FromString(OptionNumber.UriPath, s)));

    private static string Text(CoapMessage message) => System.Text.Encoding.UTF8.GetString(message.Payload.Span);
}
