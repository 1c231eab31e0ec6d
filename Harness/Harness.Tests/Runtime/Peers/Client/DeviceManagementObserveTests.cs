using System.Text;
using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Messages;
using Harness.Protocol.Lwm2m.Nodes;
using Harness.Protocol.Lwm2m.Values;

namespace Harness.Tests.Runtime.Peers.Client;

/// <summary>Observe, Observe-Composite and Cancel Observation over loopback from the fake LwM2M Server.</summary>
public class DeviceManagementObserveTests
{
    /// <summary>
    /// Timers may fire this much before their nominal time as the peer sees it: the client stamps its
    /// send time before the datagram leaves, the server stamps its receive time after it arrives.
    /// </summary>
    private static readonly TimeSpan TimerTolerance = TimeSpan.FromMilliseconds(50);

    private static readonly Lwm2mPath Battery = Lwm2mPath.Parse("/3/0/9");

    [Test]
    public async Task A_change_of_an_observed_resource_is_notified_until_the_observation_is_cancelled()
    {
        await using var client = await ClientUnderTest.StartAsync();

        var observation = await client.Server.SendObserveAsync(new ObserveRequest(Battery) { Accept = ContentFormat.TextPlain });
        client.Store.SetValue(Battery, Lwm2mValue.Integer(87));
        var notification = await observation.Observation.NextAsync(ClientUnderTest.Deadline);
        var cancelled = await client.Server.SendCancelObservationAsync(observation);

        Assert.That(observation.IsEstablished, Is.True, observation.Response.ToString());
        Assert.That(observation.Response.Content!.SingleNode, Is.EqualTo(new Lwm2mSingleResource(9, Lwm2mValue.Integer(100))));
        Assert.That(Encoding.UTF8.GetString(notification.Message.Payload.Span), Is.EqualTo("87"));
        Assert.That(notification.Message.Observe, Is.GreaterThan(observation.Response.Message.Observe!.Value));
        Assert.That(cancelled.Code, Is.EqualTo(CoapCode.Content));
        Assert.That(cancelled.Message.Observe, Is.Null);
        Assert.That(client.Responder.ObservationCount, Is.Zero);
    }

    [Test]
    public async Task An_observed_instance_is_notified_when_one_of_its_resources_is_written_by_the_server()
    {
        await using var client = await ClientUnderTest.StartAsync();
        var device = Lwm2mPath.Parse("/3/0");
        var timezone = Lwm2mPath.Parse("/3/0/15");

        var observation = await client.Server.SendObserveAsync(new ObserveRequest(device) { Accept = ContentFormat.SenmlJson });
        await client.Server.SendWriteAsync(WriteRequest.Replace(timezone, "UTC"u8.ToArray(), ContentFormat.TextPlain));
        var notification = await observation.Observation.NextAsync(ClientUnderTest.Deadline);

        Assert.That(notification.Message.ContentFormat, Is.EqualTo(ContentFormat.SenmlJson));
        Assert.That(Encoding.UTF8.GetString(notification.Message.Payload.Span), Does.Contain("\"vs\":\"UTC\""));
    }

    [Test]
    public async Task Without_a_change_a_notification_comes_after_pmax()
    {
        await using var client = await ClientUnderTest.StartAsync();
        await client.Server.SendWriteAttributesAsync(Battery, new NotificationAttributes { MaximumPeriod = 1 });

        var observation = await client.Server.SendObserveAsync(new ObserveRequest(Battery));
        var first = observation.Observation.FirstResponse!.ReceivedAt;
        var notification = await observation.Observation.NextAsync(ClientUnderTest.Deadline);

        Assert.That(notification.ReceivedAt - first, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(1) - TimerTolerance));
        Assert.That(Encoding.UTF8.GetString(notification.Message.Payload.Span), Is.EqualTo("100"));
    }

    [Test]
    public async Task A_change_within_pmin_is_notified_once_pmin_has_passed()
    {
        await using var client = await ClientUnderTest.StartAsync();
        await client.Server.SendWriteAttributesAsync(Battery, new NotificationAttributes { MinimumPeriod = 2 });

        var observation = await client.Server.SendObserveAsync(new ObserveRequest(Battery));
        var first = observation.Observation.FirstResponse!.ReceivedAt;
        client.Store.SetValue(Battery, Lwm2mValue.Integer(50));
        client.Store.SetValue(Battery, Lwm2mValue.Integer(40));
        var notification = await observation.Observation.NextAsync(ClientUnderTest.Deadline);

        Assert.That(notification.ReceivedAt - first, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(2) - TimerTolerance));
        Assert.That(Encoding.UTF8.GetString(notification.Message.Payload.Span), Is.EqualTo("40"), "one notification with the latest value");
    }

    [Test]
    public async Task An_observe_composite_is_notified_when_any_of_its_paths_changes()
    {
        await using var client = await ClientUnderTest.StartAsync();
        var lifetime = Lwm2mPath.Parse("/1/0/1");

        var observation = await client.Server.SendObserveCompositeAsync(ObserveCompositeRequest.Of(Battery, lifetime));
        client.Store.SetValue(lifetime, Lwm2mValue.Integer(777));
        var notification = await observation.Observation.NextAsync(ClientUnderTest.Deadline);

        Assert.That(observation.IsEstablished, Is.True, observation.Response.ToString());
        Assert.That(observation.Response.Content!.Entries.Select(e => e.Path), Is.EqualTo(new[] { lifetime, Battery }));
        Assert.That(Encoding.UTF8.GetString(notification.Message.Payload.Span), Does.Contain("777"));
    }

    [Test]
    public async Task An_observation_of_something_that_is_not_there_is_refused_and_not_kept()
    {
        await using var client = await ClientUnderTest.StartAsync();

        var observation = await client.Server.SendObserveAsync(new ObserveRequest(Lwm2mPath.Parse("/3/0/17")));

        Assert.That(observation.Response.Code, Is.EqualTo(CoapCode.NotFound));
        Assert.That(observation.IsEstablished, Is.False);
        Assert.That(client.Responder.ObservationCount, Is.Zero);
    }

    [Test]
    public async Task With_a_step_only_a_change_by_the_step_or_more_is_notified()
    {
        await using var client = await ClientUnderTest.StartAsync();
        await client.Server.SendWriteAttributesAsync(Battery, new NotificationAttributes { Step = 10, MinimumPeriod = 0 });

        var observation = await client.Server.SendObserveAsync(new ObserveRequest(Battery));
        client.Store.SetValue(Battery, Lwm2mValue.Integer(95));
        client.Store.SetValue(Battery, Lwm2mValue.Integer(89));
        var notification = await observation.Observation.NextAsync(ClientUnderTest.Deadline);

        Assert.That(Encoding.UTF8.GetString(notification.Message.Payload.Span), Is.EqualTo("89"), "95 is within the step of 100");
    }

    [Test]
    public async Task Deleting_an_observed_instance_ends_its_observation_with_4_04()
    {
        await using var client = await ClientUnderTest.StartAsync();
        var server = Lwm2mPath.Parse("/1/0");

        var observation = await client.Server.SendObserveAsync(new ObserveRequest(server));
        var deleted = await client.Server.SendDeleteAsync(server);
        var notification = await observation.Observation.NextAsync(ClientUnderTest.Deadline);

        Assert.That(deleted.Code, Is.EqualTo(CoapCode.Deleted));
        Assert.That(notification.Message.Code, Is.EqualTo(CoapCode.NotFound));
        Assert.That(client.Responder.ObservationCount, Is.Zero);
    }
}
