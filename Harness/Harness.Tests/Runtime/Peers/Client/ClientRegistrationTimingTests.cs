using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m.Messages;
using Harness.Runtime.Coap;
using Harness.Runtime.Peers;
using Harness.Runtime.Peers.Client;
using Microsoft.Extensions.Time.Testing;

namespace Harness.Tests.Runtime.Peers.Client;

/// <summary>When the periodic Update goes out, on a fake clock for the client; the server answers in real time.</summary>
public class ClientRegistrationTimingTests
{
    /// <summary>Just short of a due time: nothing may have been sent yet.</summary>
    private static readonly TimeSpan JustBefore = TimeSpan.FromMilliseconds(1);

    [TestCase(300u, 207.0, TestName = "300 s: the margin is MAX_TRANSMIT_WAIT (93 s)")]
    [TestCase(3600u, 3240.0, TestName = "3600 s: the margin is a tenth of the lifetime")]
    [TestCase(30u, 15.0, TestName = "30 s: shorter than MAX_TRANSMIT_WAIT, half the lifetime")]
    [TestCase(3u, 1.5, TestName = "3 s: half the lifetime")]
    public void The_update_delay_leaves_the_larger_margin_but_never_comes_before_half_the_lifetime(uint lifetime, double seconds)
    {
        var delay = RegistrationTiming.UpdateDelay(TimeSpan.FromSeconds(lifetime), CoapTransmissionSettings.Default);

        Assert.That(delay, Is.EqualTo(TimeSpan.FromSeconds(seconds)));
    }

    [TestCase(3u, false, 1.5)]
    [TestCase(300u, false, 207.0)]
    [TestCase(3u, true, 4.5)]
    public async Task The_periodic_update_goes_out_when_due_and_not_before(uint lifetime, bool late, double dueSeconds)
    {
        var time = new FakeTimeProvider();
        await using var server = new FakeLwm2mServer(new() { ExpectTimeout = RegisteringClient.Deadline, AnswerPolicy = RegistrationAnswerPolicy.Automatic });
        await using var client = new RegisteringClient(server, s => s with { Lifetime = lifetime, Faults = late ? RegistrationFaults.LateUpdate : RegistrationFaults.None }, time);
        var registeredAt = time.GetUtcNow();
        Assert.That(await client.Engine.RegisterAsync(), Is.True);
        var due = TimeSpan.FromSeconds(dueSeconds);
        Assert.That(client.Engine.NextUpdateAt, Is.EqualTo(registeredAt + due));

        time.Advance(due - JustBefore);
        Assert.That(client.SentRequests.Count(IsUpdate), Is.Zero, "no Update before it is due");
        time.Advance(JustBefore);
        var update = await server.ExpectUpdateAsync();

        Assert.That(update.Errors, Is.Empty);
        Assert.That(update.Message.UriQuery, Is.Empty, "nothing changed, so the periodic Update is empty");
        await client.WaitForAsync(RegistrationEventKind.Updated);
        Assert.That(client.Engine.NextUpdateAt, Is.EqualTo(time.GetUtcNow() + due), "the next one is counted from this Update");
        Assert.That(due > TimeSpan.FromSeconds(lifetime), Is.EqualTo(late), "only the late-update fault lets the lifetime run out first");
    }

    [Test]
    public async Task A_disabled_client_deregisters_and_registers_again_when_the_disable_timeout_ends()
    {
        var time = new FakeTimeProvider();
        var away = TimeSpan.FromSeconds(86400);
        await using var server = new FakeLwm2mServer(new() { ExpectTimeout = RegisteringClient.Deadline, AnswerPolicy = RegistrationAnswerPolicy.Automatic });
        await using var client = new RegisteringClient(server, time: time);
        Assert.That(await client.Engine.RegisterAsync(), Is.True);

        await client.Engine.DisableAsync(away);
        await server.ExpectDeregisterAsync();
        Assert.That(client.Engine.State, Is.EqualTo(RegistrationState.Disabled));
        time.Advance(away - JustBefore);
        Assert.That(client.SentRequests.Count(m => m.UriPath == "/rd"), Is.EqualTo(1), "still away");
        time.Advance(JustBefore);

        Assert.That((await server.ExpectRegisterAsync()).Errors, Is.Empty);
        await client.WaitForAsync(RegistrationEventKind.Registered, occurrence: 2);
        Assert.That(client.Engine.State, Is.EqualTo(RegistrationState.Registered));
    }

    [Test]
    public async Task A_refused_register_is_tried_again_a_bounded_number_of_times()
    {
        var time = new FakeTimeProvider();
        await using var server = new FakeLwm2mServer(new() { ExpectTimeout = RegisteringClient.Deadline });
        await using var client = new RegisteringClient(server, s => s with { MaxRegisterAttempts = 2, RegisterRetryDelay = TimeSpan.FromSeconds(5) }, time);

        var first = client.Engine.RegisterAsync();
        await (await server.ExpectRegisterAsync()).RespondAsync(Lwm2mResponses.Forbidden());
        Assert.That(await first, Is.False);
        time.Advance(TimeSpan.FromSeconds(5));
        await (await server.ExpectRegisterAsync()).RespondAsync(Lwm2mResponses.Forbidden());

        var last = await client.WaitForAsync(RegistrationEventKind.RegisterFailed, occurrence: 2);
        Assert.That(last.Text, Does.EndWith("giving up after 2 attempts"));
        time.Advance(TimeSpan.FromSeconds(60));
        Assert.That(client.SentRequests.Count(m => m.UriPath == "/rd"), Is.EqualTo(2));
    }

    private static bool IsUpdate(CoapMessage m) => m.Code == CoapCode.Post && m.UriPath != "/rd";
}
