using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Messages;
using Harness.Protocol.Lwm2m.Nodes;
using Harness.Protocol.Lwm2m.Values;
using Harness.Runtime.Coap;
using Harness.Runtime.Peers;

namespace Harness.Tests.Runtime.Peers;

public class FakeLwm2mServerOperationTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);

    private static FakeLwm2mServerSettings Settings => new()
    {
        ExpectTimeout = Deadline,
        AnswerPolicy = RegistrationAnswerPolicy.Automatic,
        Codecs = format => format == ContentFormat.TextPlain ? new PlainTextCodec() : null,
    };

    [Test]
    public async Task A_response_is_decoded_when_a_codec_for_its_format_is_known()
    {
        await using var server = new FakeLwm2mServer(Settings);
        await using var client = new TestClient();
        client.Set("/3/0/0", "Acme");
        await client.SendAsync(new RegisterRequest("decoded"), server.LocalEndPoint);

        var response = await server.SendReadAsync(Lwm2mPath.Parse("/3/0/0"));

        Assert.That(response.Content!.SingleNode, Is.EqualTo(new Lwm2mSingleResource(0, Lwm2mValue.String("Acme"))));
        Assert.That(response.ToString(), Does.StartWith("2.05 Content (text (test)): /3/0/0"));
        Assert.That(response.Message.Payload.ToArray(), Is.EqualTo("Acme"u8.ToArray()), "the raw message is always there");
    }

    [Test]
    public async Task Every_device_management_operation_reaches_the_client_as_itself()
    {
        await using var server = new FakeLwm2mServer(Settings);
        await using var client = new TestClient();
        await client.SendAsync(new RegisterRequest("ops"), server.LocalEndPoint);
        var device = Lwm2mPath.Parse("/3/0");

        await server.SendDiscoverAsync(device);
        await server.SendWriteAttributesAsync(Lwm2mPath.Parse("/3/0/9"), new NotificationAttributes { MaximumPeriod = 60 });
        await server.SendCreateAsync(new CreateRequest(Lwm2mPath.Parse("/1"), new byte[] { 0xC1, 0x00, 0x02 }, ContentFormat.LwM2mTlv));
        await server.SendDeleteAsync(Lwm2mPath.Parse("/1/1"));
        await server.SendWriteAsync(WriteRequest.PartialUpdate(device, new byte[] { 0xC1, 0x0E, 0x2B }, ContentFormat.LwM2mTlv));
        await server.SendReadCompositeAsync(ReadCompositeRequest.Of(Lwm2mPath.Parse("/3/0/0")));
        await server.SendWriteCompositeAsync(new WriteCompositeRequest("[{\"n\":\"/1/0/1\",\"v\":60}]"u8.ToArray(), ContentFormat.SenmlJson));

        Assert.That(client.Operations, Is.EqualTo(new[]
        {
            "Discover", "Write-Attributes", "Create", "Delete", "Write (partial update)", "Read-Composite", "Write-Composite",
        }));
    }

    [Test]
    public async Task An_observation_delivers_notifications_and_is_cancelled_actively()
    {
        await using var server = new FakeLwm2mServer(Settings);
        await using var client = new TestClient();
        var battery = new CoapObservableResource(client.Endpoint, Lwm2mResponses.Content("87"u8.ToArray(), ContentFormat.TextPlain));
        client.Observable = ("/3/0/9", battery);
        await client.SendAsync(new RegisterRequest("observed"), server.LocalEndPoint);

        var observation = await server.SendObserveAsync(new ObserveRequest(Lwm2mPath.Parse("/3/0/9")));
        await battery.NotifyAsync(Lwm2mResponses.Content("86"u8.ToArray(), ContentFormat.TextPlain));
        var notification = await observation.Observation.NextAsync(Deadline);
        var cancelled = await server.SendCancelObservationAsync(observation);

        Assert.That(observation.IsEstablished, Is.True);
        Assert.That(observation.Response.Content!.SingleNode, Is.EqualTo(new Lwm2mSingleResource(9, Lwm2mValue.String("87"))));
        Assert.That(notification.Message.Payload.ToArray(), Is.EqualTo("86"u8.ToArray()));
        Assert.That(cancelled.Code, Is.EqualTo(CoapCode.Content));
        Assert.That(battery.Observers, Is.Empty);
        Assert.That(client.Operations, Is.EqualTo(new[] { "Observe", "Cancel Observation" }));
    }
}
