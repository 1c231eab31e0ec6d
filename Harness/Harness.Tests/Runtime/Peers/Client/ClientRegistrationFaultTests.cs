using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Messages;
using Harness.Protocol.Lwm2m.Model;
using Harness.Runtime.Coap;
using Harness.Runtime.Peers;
using Harness.Runtime.Peers.Client;

namespace Harness.Tests.Runtime.Peers.Client;

/// <summary>Each registration fault shows on the wire, as the fake server sees it.</summary>
public class ClientRegistrationFaultTests
{
    private static FakeLwm2mServerSettings Manual => new() { ExpectTimeout = RegisteringClient.Deadline, ExpectedVersion = Lwm2mVersions.V11 };

    private static FakeLwm2mServerSettings Automatic => Manual with { AnswerPolicy = RegistrationAnswerPolicy.Automatic };

    [TestCase(RegistrationFaults.MissingEndpoint, "ep", "the Endpoint Client Name is missing")]
    [TestCase(RegistrationFaults.MissingVersion, "lwm2m", "the LwM2M version parameter is missing")]
    [TestCase(RegistrationFaults.MalformedLinks, "payload", "malformed link-format")]
    public async Task A_broken_register_is_reported_by_the_server_parser(RegistrationFaults fault, string field, string problem)
    {
        await using var server = new FakeLwm2mServer(Manual);
        await using var client = new RegisteringClient(server, s => s with { Faults = fault, MaxRegisterAttempts = 1, QueueMode = true });

        var registering = client.Engine.RegisterAsync();
        var register = await server.ExpectRegisterAsync();
        await register.RespondAsync(Lwm2mResponses.BadRequest());

        Assert.That(register.Errors.Select(e => e.Field), Is.EqualTo(new[] { field }), string.Join("; ", register.Errors));
        Assert.That(register.Errors.Single().Problem, Does.StartWith(problem));
        Assert.That(await registering, Is.False);
        Assert.That(client.Engine.State, Is.EqualTo(RegistrationState.Unregistered));
    }

    [Test]
    public async Task Missing_version_keeps_the_1_1_queue_mode_form()
    {
        await using var server = new FakeLwm2mServer(Manual);
        await using var client = new RegisteringClient(server, s => s with { Faults = RegistrationFaults.MissingVersion, MaxRegisterAttempts = 1, QueueMode = true });

        var registering = client.Engine.RegisterAsync();
        var register = await server.ExpectRegisterAsync();
        await register.RespondAsync(Lwm2mResponses.BadRequest());
        await registering;

        Assert.That(register.Message.UriQuery, Is.EquivalentTo(new[] { "ep=client-1", "lt=300", "b=U", "Q" }));
    }

    [Test]
    public async Task Wrong_endpoint_registers_under_another_name()
    {
        await using var server = new FakeLwm2mServer(Automatic);
        await using var client = new RegisteringClient(server, s => s with { Faults = RegistrationFaults.WrongEndpoint });

        Assert.That(await client.Engine.RegisterAsync(), Is.True);
        var register = await server.ExpectRegisterAsync();

        Assert.That(register.Errors, Is.Empty, "the message is valid; only the name is not the configured one");
        Assert.That(register.Request.Endpoint, Is.EqualTo("client-1-wrong"));
    }

    [Test]
    public async Task No_deregister_stops_without_a_delete()
    {
        await using var server = new FakeLwm2mServer(Automatic);
        await using var client = new RegisteringClient(server, s => s with { Faults = RegistrationFaults.NoDeregister });
        Assert.That(await client.Engine.RegisterAsync(), Is.True);

        await client.Engine.StopAsync();

        Assert.That(client.SentRequests.Select(m => m.Code), Has.None.EqualTo(CoapCode.Delete));
        Assert.That(server.Registrations, Has.Count.EqualTo(1), "the server still holds the registration");
        Assert.That((await client.WaitForAsync(RegistrationEventKind.DeregisterSkipped)).Text, Does.EndWith("(fault no-deregister)"));
    }

    [Test]
    public async Task Ignore_not_found_keeps_updating_the_dead_location()
    {
        await using var server = new FakeLwm2mServer(Manual);
        await using var client = new RegisteringClient(server, s => s with { Faults = RegistrationFaults.IgnoreNotFound });
        var registration = await client.RegisterAcceptedAsync(server);

        var first = client.Engine.UpdateAsync();
        await (await server.ExpectUpdateAsync()).RespondAsync(Lwm2mResponses.NotFound());
        Assert.That(await first, Is.False);
        var second = client.Engine.UpdateAsync();
        var again = await server.ExpectUpdateAsync();
        await again.RespondAsync(Lwm2mResponses.NotFound());
        await second;

        Assert.That(again.Message.UriPath, Is.EqualTo(registration.LocationPath));
        Assert.That(client.SentRequests.Count(m => m.UriPath == "/rd"), Is.EqualTo(1), "no second Register");
        Assert.That(client.Engine.State, Is.EqualTo(RegistrationState.Registered));
    }

    [Test]
    public async Task Wrong_update_location_sends_updates_to_rd_endpoint()
    {
        await using var server = new FakeLwm2mServer(Manual);
        await using var client = new RegisteringClient(server, s => s with { Faults = RegistrationFaults.WrongUpdateLocation, MaxRegisterAttempts = 1 });
        var registration = await client.RegisterAcceptedAsync(server);

        var updating = client.Engine.UpdateAsync();
        var update = await server.ExpectUpdateAsync();
        await update.RespondAsync(Lwm2mResponses.NotFound());
        await (await server.ExpectRegisterAsync()).RespondAsync(Lwm2mResponses.Forbidden());
        await updating;

        Assert.That(update.Message.UriPath, Is.EqualTo("/rd/client-1"));
        Assert.That(update.Message.UriPath, Is.Not.EqualTo(registration.LocationPath));
        Assert.That(update.Registration, Is.Null, "the server knows no registration there");
    }

    [Test]
    public async Task Faults_are_off_by_default_and_every_message_is_valid()
    {
        await using var server = new FakeLwm2mServer(Automatic);
        await using var client = new RegisteringClient(server);
        Assert.That(await client.Engine.RegisterAsync(), Is.True);
        string? location = client.Engine.LocationPath;
        Assert.That(await client.Engine.UpdateAsync(), Is.True);
        await client.Engine.StopAsync();

        Assert.That((await server.ExpectRegisterAsync()).Errors, Is.Empty);
        Assert.That((await server.ExpectUpdateAsync()).Message.UriPath, Is.EqualTo(location));
        var deregister = await server.ExpectDeregisterAsync();
        Assert.That(deregister.Errors, Is.Empty);
        Assert.That(deregister.Message.UriPath, Is.EqualTo(location));
        Assert.That(client.Endpoint.Traffic.Count(d => d.Direction == CoapDatagramDirection.Sent), Is.EqualTo(3), "one datagram per operation, nothing retransmitted");
    }

    [Test]
    public async Task Wrong_lifetime_registers_with_another_lt()
    {
        await using var server = new FakeLwm2mServer(Automatic);
        await using var client = new RegisteringClient(server, s => s with { Faults = RegistrationFaults.WrongLifetime, Lifetime = 300 });

        Assert.That(await client.Engine.RegisterAsync(), Is.True);
        var register = await server.ExpectRegisterAsync();

        Assert.That(register.Errors, Is.Empty, "the message is valid; only the lifetime is not the configured one");
        Assert.That(register.Request.Lifetime, Is.EqualTo(301));
    }

    [Test]
    public async Task Lists_security_object_puts_0_0_in_register_and_update()
    {
        await using var server = new FakeLwm2mServer(Automatic);
        await using var client = new RegisteringClient(server, s => s with { Faults = RegistrationFaults.ListsSecurityObject });

        Assert.That(await client.Engine.RegisterAsync(), Is.True);
        Assert.That(await client.Engine.ObjectsChangedAsync(), Is.True);
        var register = await server.ExpectRegisterAsync();
        var update = await server.ExpectUpdateAsync();

        Assert.That(register.Errors, Is.Empty);
        Assert.That(register.Request.ObjectLinks.InstancesOf(0), Is.EqualTo(new[] { 0 }));
        Assert.That(register.Request.ObjectLinks.InstancesOf(3), Is.EqualTo(new[] { 0 }), "the real objects are still listed");
        Assert.That(update.Request!.ObjectLinks!.InstancesOf(0), Is.EqualTo(new[] { 0 }));
    }

    [TestCase("1.1")]
    [TestCase("1.0")]
    public async Task No_queue_flag_registers_without_the_queue_mode_indication(string version)
    {
        var lwm2m = VersionNumber.Parse(version);
        await using var server = new FakeLwm2mServer(Automatic with { ExpectedVersion = lwm2m });
        await using var client = new RegisteringClient(server, s => s with { Faults = RegistrationFaults.NoQueueFlag, QueueMode = true, Version = lwm2m, Binding = "U" });

        Assert.That(await client.Engine.RegisterAsync(), Is.True);
        var register = await server.ExpectRegisterAsync();

        Assert.That(register.Errors, Is.Empty, "the message is valid, only not in queue mode");
        Assert.That(register.Request.QueueMode, Is.False);
        Assert.That(register.Message.UriQuery, Has.None.EqualTo("Q").And.None.EqualTo("b=UQ"));
        Assert.That(client.Engine.Settings.QueueMode, Is.True, "the client still behaves as queue mode");
    }
}
