using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Messages;
using Harness.Runtime.Coap;
using Harness.Runtime.Peers;
using Harness.Runtime.Peers.Client;
using Microsoft.Extensions.Time.Testing;

namespace Harness.Tests.Runtime.Peers.Client;

/// <summary>Queue mode: awake after each uplink for the awake window, then asleep and deaf until the next uplink.</summary>
public class ClientQueueModeTests
{
    private static readonly TimeSpan AwakeWindow = TimeSpan.FromSeconds(10);

    [Test]
    public async Task After_the_awake_window_the_client_sleeps_drops_requests_and_wakes_with_its_next_update()
    {
        var time = new FakeTimeProvider();
        await using var server = new FakeLwm2mServer(new() { ExpectTimeout = RegisteringClient.Deadline, AnswerPolicy = RegistrationAnswerPolicy.Automatic });
        await using var client = new RegisteringClient(server, s => s with { QueueMode = true, AwakeWindow = AwakeWindow, Lifetime = 3600 }, time);
        Assert.That(await client.Engine.RegisterAsync(), Is.True);

        time.Advance(AwakeWindow - TimeSpan.FromMilliseconds(1));
        Assert.That(client.Engine.IsAwake, Is.True, "awake for the whole window");
        time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.That(client.Engine.IsAwake, Is.False);
        await client.WaitForAsync(RegistrationEventKind.Sleeping);

        var read = new ReadRequest(Lwm2mPath.Parse("/3/0/0")).ToCoapMessage().WithMessageId(0x4242).WithToken(new byte[] { 1, 2 });
        server.SendRaw(CoapUdpCodec.Encode(read), client.Endpoint.LocalEndPoint);
        await client.Endpoint.WaitForDatagramAsync(d => d.Direction == CoapDatagramDirection.Received && d.Message?.MessageId == 0x4242, "the read sent to the sleeping client", RegisteringClient.Deadline);
        Assert.That(client.Endpoint.Traffic.Where(d => d.Direction == CoapDatagramDirection.Sent).Count(d => d.Message?.MessageId == 0x4242), Is.Zero, "asleep: neither ACK nor RST");

        Assert.That(await client.Engine.UpdateAsync(), Is.True);
        Assert.That(client.Engine.IsAwake, Is.True);
        Assert.That((await client.WaitForAsync(RegistrationEventKind.Dropped)).Text, Is.EqualTo("dropped 1 datagram(s) that arrived while asleep"));
        var answered = await server.Endpoint.SendRequestAsync(new ReadRequest(Lwm2mPath.Parse("/3/0/0")).ToCoapMessage(), client.Endpoint.LocalEndPoint);
        Assert.That(answered.Code, Is.EqualTo(CoapCode.NotFound), "awake again: requests are answered (4.04: this test client has no objects)");
    }

    [Test]
    public async Task Without_queue_mode_the_client_never_sleeps()
    {
        var time = new FakeTimeProvider();
        await using var server = new FakeLwm2mServer(new() { ExpectTimeout = RegisteringClient.Deadline, AnswerPolicy = RegistrationAnswerPolicy.Automatic });
        await using var client = new RegisteringClient(server, s => s with { AwakeWindow = AwakeWindow, Lifetime = 3600 }, time);
        Assert.That(await client.Engine.RegisterAsync(), Is.True);

        time.Advance(AwakeWindow * 10);

        Assert.That(client.Engine.IsAwake, Is.True);
        Assert.That(client.Events.Select(e => e.Kind), Has.None.EqualTo(RegistrationEventKind.Sleeping));
    }

    [Test]
    public async Task The_default_awake_window_is_max_transmit_wait()
    {
        await using var endpoint = new CoapUdpEndpoint(new CoapUdpEndpointOptions());
        await using var engine = new Lwm2mClientRegistration(endpoint, new ClientRegistrationSettings { Server = endpoint.LocalEndPoint, Endpoint = "e", QueueMode = true }, _ => ObjectLinks.Of("/3/0"));

        Assert.That(engine.AwakeWindow, Is.EqualTo(CoapTransmissionSettings.Default.MaxTransmitWait));
    }
}
