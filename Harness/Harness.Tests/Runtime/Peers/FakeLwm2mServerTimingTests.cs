using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Messages;
using Harness.Runtime.Coap;
using Harness.Protocol.Templates;
using Harness.Runtime.Peers;
using Microsoft.Extensions.Time.Testing;

namespace Harness.Tests.Runtime.Peers;

/// <summary>Deadlines and queue mode on a fake clock: the server's time moves only when the test says.</summary>
public class FakeLwm2mServerTimingTests
{
    private static readonly TimeSpan RealDeadline = TimeSpan.FromSeconds(20);

    [Test]
    public async Task A_timeout_names_the_awaited_register_and_lists_what_arrived_instead()
    {
        var time = new FakeTimeProvider();
        await using var server = new FakeLwm2mServer(new() { TimeProvider = time, ExpectTimeout = TimeSpan.FromSeconds(5) });
        await using var client = new TestClient();
        var stray = client.SendAsync(UpdateRequest.To("/rd/ffff"), server.LocalEndPoint);
        await server.Endpoint.WaitForDatagramAsync(d => d.Direction == CoapDatagramDirection.Received, "the stray update", RealDeadline);

        var expecting = server.ExpectRegisterAsync();
        Assert.That(expecting.IsCompleted, Is.False);
        time.Advance(TimeSpan.FromSeconds(5));
        var timeout = Assert.ThrowsAsync<Lwm2mExpectationTimeoutException>(() => expecting);

        Assert.That(timeout!.Awaited, Is.EqualTo("Register"));
        Assert.That(timeout.Message, Does.StartWith("no Register within 5 s; arrived instead:"));
        Assert.That(timeout.ArrivedInstead.Single(), Does.Contain("[Uri-Path: ffff]").And.EndWith(": Update, not Register"));
        var update = await server.ExpectUpdateAsync();
        await update.AcceptAsync();
        Assert.That((await stray).Code, Is.EqualTo(CoapCode.NotFound), "no registration lives at /rd/ffff");
    }

    [Test]
    public async Task A_register_that_does_not_match_the_template_is_listed_with_the_mismatch()
    {
        var time = new FakeTimeProvider();
        await using var server = new FakeLwm2mServer(new() { TimeProvider = time, ExpectTimeout = TimeSpan.FromSeconds(5) });
        await using var client = new TestClient();
        var registering = client.SendAsync(new RegisterRequest("other"), server.LocalEndPoint);
        await server.Endpoint.WaitForDatagramAsync(d => d.Direction == CoapDatagramDirection.Received, "the register", RealDeadline);
        var wanted = CoapTemplate.Request(CoapCode.Post, "/rd") with { UriQuery = SegmentListTemplate.InAnyOrder("ep=wanted", TemplateField<string>.Any) };

        var expecting = server.ExpectRegisterAsync(wanted);
        var byPredicate = server.ExpectRegisterAsync(m => m.UriQuery.Contains("ep=wanted"), "from endpoint 'wanted'");
        time.Advance(TimeSpan.FromSeconds(5));
        var timeout = Assert.ThrowsAsync<Lwm2mExpectationTimeoutException>(() => expecting);
        var predicateTimeout = Assert.ThrowsAsync<Lwm2mExpectationTimeoutException>(() => byPredicate);

        Assert.That(timeout!.Awaited, Does.StartWith("Register matching any 0.02 POST Uri-Path=[\"rd\"]"));
        Assert.That(timeout.ArrivedInstead.Single(), Does.Contain("Uri-Query: expected an item \"ep=wanted\""));
        Assert.That(predicateTimeout!.ArrivedInstead.Single(), Does.EndWith(": not from endpoint 'wanted'"));
        await (await server.ExpectRegisterAsync()).AcceptAsync();
        Assert.That((await registering).Code, Is.EqualTo(CoapCode.Created));
    }

    [Test]
    public async Task A_read_queued_while_the_client_sleeps_goes_out_right_after_its_update()
    {
        var time = new FakeTimeProvider();
        await using var server = new FakeLwm2mServer(new() { TimeProvider = time, ExpectTimeout = RealDeadline, AwakeWindow = TimeSpan.FromSeconds(1), QueuedRequestTimeout = TimeSpan.FromMinutes(5) });
        await using var client = new TestClient();
        client.Set("/3/0/9", "87");
        var registering = client.SendAsync(new RegisterRequest("sleepy") { QueueMode = true }, server.LocalEndPoint);
        var registration = await (await server.ExpectRegisterAsync()).AcceptAsync();
        var location = (await registering).LocationPathSegments;
        Assert.That(registration!.QueueMode, Is.True);

        time.Advance(TimeSpan.FromSeconds(2));
        var reading = server.SendReadAsync(Lwm2mPath.Parse("/3/0/9"));
        Assert.That(server.HeldRequestsFor("sleepy"), Is.EqualTo(new[] { "Read /3/0/9" }));
        Assert.That(reading.IsCompleted, Is.False);
        Assert.That(client.Received, Is.Empty, "nothing is sent to a sleeping client");

        var updating = client.SendAsync(new UpdateRequest(location), server.LocalEndPoint);
        await (await server.ExpectUpdateAsync()).AcceptAsync();
        var read = await reading.WaitAsync(RealDeadline);
        await updating;

        Assert.That(read.Payload.ToArray(), Is.EqualTo("87"u8.ToArray()));
        Assert.That(server.HeldRequestsFor("sleepy"), Is.Empty);
        // Sent datagrams only: a reply may be logged before the send that caused it finishes logging.
        var sent = server.Traffic.Where(d => d.Direction == CoapDatagramDirection.Sent).Select(d => d.Message!.Code);
        Assert.That(sent, Is.EqualTo(new[] { CoapCode.Created, CoapCode.Changed, CoapCode.Get }));
    }

    [Test]
    public async Task A_held_request_gives_up_naming_the_sleeping_client()
    {
        var time = new FakeTimeProvider();
        await using var server = new FakeLwm2mServer(new() { TimeProvider = time, ExpectTimeout = RealDeadline, AwakeWindow = TimeSpan.Zero, QueuedRequestTimeout = TimeSpan.FromSeconds(30) });
        await using var client = new TestClient();
        var registering = client.SendAsync(new RegisterRequest("dozy") { Version = Lwm2mVersions.V10, Binding = "U", QueueMode = true }, server.LocalEndPoint);
        var registration = await (await server.ExpectRegisterAsync()).AcceptAsync();
        await registering;
        time.Advance(TimeSpan.FromSeconds(1));

        var reading = server.SendReadAsync(Lwm2mPath.Parse("/3/0/0"));
        time.Advance(TimeSpan.FromSeconds(30));
        var timeout = Assert.ThrowsAsync<Lwm2mExpectationTimeoutException>(() => reading);

        Assert.That(registration!.QueueMode, Is.True, "b=UQ is 1.0 queue mode");
        Assert.That(timeout!.Message, Does.StartWith("no Register or Update from sleeping queue-mode client dozy to release Read /3/0/0 within 30 s"));
        Assert.That(server.HeldRequestsFor("dozy"), Is.Empty);
    }
}
