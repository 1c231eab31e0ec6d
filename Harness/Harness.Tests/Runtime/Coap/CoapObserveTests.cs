using Harness.Protocol.Coap;
using Harness.Protocol.Coap.Observe;
using Harness.Runtime.Coap;
using Microsoft.Extensions.Time.Testing;
using static Harness.Tests.Runtime.Coap.CoapTestMessages;

namespace Harness.Tests.Runtime.Coap;

/// <summary>RFC 7641 with our endpoint on both sides.</summary>
public class CoapObserveTests
{
    [TestCase(CoapMessageType.Confirmable)]
    [TestCase(CoapMessageType.NonConfirmable)]
    public async Task Notifications_follow_the_first_response_with_increasing_sequence_numbers(CoapMessageType type)
    {
        await using var server = new CoapUdpEndpoint();
        var resource = new CoapObservableResource(server, Content("v0"));
        server.RequestHandler = resource.HandleAsync;
        await using var client = new CoapUdpEndpoint();

        await using var observation = await client.ObserveAsync(Get("/obs"), server.LocalEndPoint);
        await resource.NotifyAsync(Content("v1"), type);
        var first = await observation.NextAsync(MustHappenWithin);
        await resource.NotifyAsync(Content("v2"), type);
        var second = await observation.NextAsync(MustHappenWithin);

        Assert.That(observation.IsEstablished, Is.True);
        Assert.That(Text(observation.FirstResponse!.Message), Is.EqualTo("v0"));
        Assert.That(new[] { Text(first.Message), Text(second.Message) }, Is.EqualTo(new[] { "v1", "v2" }));
        Assert.That(first.Message.Type, Is.EqualTo(type));
        Assert.That(new[] { observation.FirstResponse.Sequence, first.Sequence, second.Sequence }, Is.EqualTo(new uint?[] { 0, 1, 2 }));
        Assert.That(first.Freshness, Is.EqualTo(NotificationFreshness.Fresh));
        Assert.That(resource.Observers, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Waiting_for_a_notification_that_does_not_come_times_out_naming_the_observation()
    {
        await using var server = new CoapUdpEndpoint();
        server.RequestHandler = new CoapObservableResource(server, Content("v0")).HandleAsync;
        await using var client = new CoapUdpEndpoint();
        await using var observation = await client.ObserveAsync(Get("/quiet"), server.LocalEndPoint);

        var error = Assert.ThrowsAsync<CoapTimeoutException>(() => observation.NextAsync(TimeSpan.FromMilliseconds(50)));

        Assert.That(error!.Message, Does.Match(@"^no notification for CON GET /quiet mid=0x[0-9a-f]{4} token=[0-9a-f]{8} from 127\.0\.0\.1:\d+ within 0\.05 s$"));
    }

    [Test]
    public async Task A_GET_with_Observe_1_removes_the_observer()
    {
        await using var server = new CoapUdpEndpoint();
        var resource = new CoapObservableResource(server, Content("v0"));
        server.RequestHandler = resource.HandleAsync;
        await using var client = new CoapUdpEndpoint();
        var observation = await client.ObserveAsync(Get("/obs"), server.LocalEndPoint);

        var response = await observation.CancelAsync();

        Assert.That(response.Observe, Is.Null);
        Assert.That(Text(response), Is.EqualTo("v0"));
        Assert.That(resource.Observers, Is.Empty);
        Assert.That(resource.Removed.Single().Reason, Is.EqualTo("GET with Observe=1"));
        Assert.That(observation.IsActive, Is.False);
    }

    [TestCase(CoapMessageType.Confirmable, "RST to a CON notification")]
    [TestCase(CoapMessageType.NonConfirmable, "RST to a NON notification")]
    public async Task An_observer_that_forgot_the_token_rejects_the_next_notification_and_is_removed(CoapMessageType type, string reason)
    {
        await using var server = new CoapUdpEndpoint();
        var resource = new CoapObservableResource(server, Content("v0"));
        server.RequestHandler = resource.HandleAsync;
        await using var client = new CoapUdpEndpoint();
        var observation = await client.ObserveAsync(Get("/obs"), server.LocalEndPoint);

        observation.ForgetAndResetNext();
        await resource.NotifyAsync(Content("v1"), type);
        if (type == CoapMessageType.NonConfirmable)
        {
            await server.WaitForDatagramAsync(d => d.Direction == CoapDatagramDirection.Received && d.Message?.Type == CoapMessageType.Reset, "RST", MustHappenWithin);
        }

        Assert.That(resource.Observers, Is.Empty);
        Assert.That(resource.Removed.Single().Reason, Is.EqualTo(reason));
        var reset = client.Traffic.Last(d => d.Direction == CoapDatagramDirection.Sent).Message!;
        Assert.That(reset.Type, Is.EqualTo(CoapMessageType.Reset));
    }

    [Test]
    public async Task An_observer_is_removed_when_a_CON_notification_is_never_acknowledged()
    {
        var time = new FakeTimeProvider();
        await using var server = new CoapUdpEndpoint(new() { TimeProvider = time });
        var resource = new CoapObservableResource(server, Content("v0"));
        server.RequestHandler = resource.HandleAsync;
        await using var observer = new CoapUdpEndpoint(new() { ReceiveMode = CoapReceiveMode.Raw });
        observer.SendRaw(Get("/obs").WithMessageId(1).WithToken(new byte[] { 0xAB }).WithAddedOptions(CoapOption.FromUInt(OptionNumber.Observe, 0)), server.LocalEndPoint);
        await observer.ReceiveRawAsync(MustHappenWithin);

        var notifying = resource.NotifyAsync(Content("v1"));
        // The fake clock fires a re-armed timer only on a later Advance, so walk the clock in steps.
        for (var elapsed = TimeSpan.Zero; elapsed < server.Settings.MaxTransmitWait; elapsed += TimeSpan.FromSeconds(1))
        {
            time.Advance(TimeSpan.FromSeconds(1));
        }

        await notifying.WaitAsync(MustHappenWithin);

        Assert.That(resource.Observers, Is.Empty);
        Assert.That(resource.Removed.Single().Reason, Is.EqualTo("CON notification not acknowledged"));
        Assert.That(server.Traffic.Count(d => d.Direction == CoapDatagramDirection.Sent), Is.EqualTo(1 + 1 + server.Settings.MaxRetransmit));
    }

    [Test]
    public async Task Reordered_notifications_are_set_aside_and_CON_ones_are_acknowledged()
    {
        await using var peer = new CoapUdpEndpoint(new() { ReceiveMode = CoapReceiveMode.Raw });
        await using var client = new CoapUdpEndpoint();

        var registering = client.ObserveAsync(Get("/obs"), peer.LocalEndPoint);
        var registration = (await peer.ReceiveRawAsync(MustHappenWithin)).Message!;
        peer.SendRaw(Notification(CoapMessageType.Acknowledgement, registration.MessageId, registration.Token, 5, "five"), client.LocalEndPoint);
        await using var observation = await registering;
        peer.SendRaw(Notification(CoapMessageType.NonConfirmable, 0x100, registration.Token, 7, "seven"), client.LocalEndPoint);
        peer.SendRaw(Notification(CoapMessageType.NonConfirmable, 0x101, registration.Token, 6, "six"), client.LocalEndPoint);
        peer.SendRaw(Notification(CoapMessageType.Confirmable, 0x102, registration.Token, 8, "eight"), client.LocalEndPoint);

        Assert.That(Text((await observation.NextAsync(MustHappenWithin)).Message), Is.EqualTo("seven"));
        Assert.That(Text((await observation.NextAsync(MustHappenWithin)).Message), Is.EqualTo("eight"));
        Assert.That(observation.Stale.Select(n => Text(n.Message)), Is.EqualTo(new[] { "six" }));
        var ack = (await peer.ReceiveRawAsync(MustHappenWithin)).Message!;
        Assert.That(ack.Type, Is.EqualTo(CoapMessageType.Acknowledgement));
        Assert.That(ack.MessageId, Is.EqualTo(0x102));
    }

    [Test]
    public async Task An_error_notification_ends_the_observation_after_it_is_read()
    {
        await using var peer = new CoapUdpEndpoint(new() { ReceiveMode = CoapReceiveMode.Raw });
        await using var client = new CoapUdpEndpoint();

        var registering = client.ObserveAsync(Get("/obs"), peer.LocalEndPoint);
        var registration = (await peer.ReceiveRawAsync(MustHappenWithin)).Message!;
        peer.SendRaw(Notification(CoapMessageType.Acknowledgement, registration.MessageId, registration.Token, 1, "one"), client.LocalEndPoint);
        await using var observation = await registering;
        peer.SendRaw(Notification(CoapMessageType.NonConfirmable, 0x200, registration.Token, 2, "two"), client.LocalEndPoint);
        peer.SendRaw(new CoapMessage(CoapMessageType.NonConfirmable, CoapCode.NotFound, 0x201, registration.Token), client.LocalEndPoint);

        var seen = new List<CoapCode>();
        await foreach (var notification in observation.ReadAllAsync(MustHappenWithin))
        {
            seen.Add(notification.Message.Code);
        }

        Assert.That(seen, Is.EqualTo(new[] { CoapCode.Content, CoapCode.NotFound }));
        Assert.That(observation.IsActive, Is.False);
        Assert.ThrowsAsync<InvalidOperationException>(() => observation.NextAsync(MustHappenWithin));
    }

    [Test]
    public async Task A_server_that_does_not_add_the_observer_gives_an_observation_that_is_not_established()
    {
        await using var server = new CoapUdpEndpoint(new() { RequestHandler = (_, _) => ValueTask.FromResult<CoapMessage?>(Content("plain")) });
        await using var client = new CoapUdpEndpoint();

        await using var observation = await client.ObserveAsync(Get("/plain"), server.LocalEndPoint);

        Assert.That(observation.IsEstablished, Is.False);
        Assert.That(observation.IsActive, Is.False);
        var error = Assert.ThrowsAsync<InvalidOperationException>(() => observation.NextAsync(MustHappenWithin));
        Assert.That(error!.Message, Does.StartWith("The observation of CON GET /plain").And.EndWith("has ended"));
    }

    [Test]
    public async Task A_large_notification_carries_its_first_block_and_the_observer_fetches_the_rest()
    {
        string big = string.Concat(Enumerable.Range(0, 30).Select(i => $"line {i:D2};"));
        await using var server = new CoapUdpEndpoint();
        var resource = new CoapObservableResource(server, Content("small"), maxBlockSize: 64);
        server.RequestHandler = resource.HandleAsync;
        await using var client = new CoapUdpEndpoint();
        await using var observation = await client.ObserveAsync(Get("/obs"), server.LocalEndPoint);

        await resource.NotifyAsync(Content(big));
        var notification = await observation.NextAsync(MustHappenWithin);

        Assert.That(Text(notification.Message), Is.EqualTo(big));
        Assert.That(notification.Message.Block2, Is.Null);
        var blockRequests = server.Traffic.Where(d => d.Direction == CoapDatagramDirection.Received && d.Message?.Block2 is not null).Select(d => d.Message!).ToList();
        Assert.That(blockRequests, Has.Count.EqualTo((big.Length + 63) / 64 - 1));
        Assert.That(blockRequests.Select(m => m.Observe), Is.All.Null, "later blocks are fetched without Observe (RFC 7959 §2.6)");
    }

    private static CoapMessage Notification(CoapMessageType type, ushort messageId, ReadOnlyMemory<byte> token, uint sequence, string text) =>
        new CoapMessage(type, CoapCode.Content, messageId, token, [CoapOption.FromUInt(OptionNumber.Observe, sequence)]).WithPayload(text);
}
