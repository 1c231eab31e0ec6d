using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Messages;
using Harness.Protocol.Lwm2m.Model;
using Harness.Runtime.Peers;
using Harness.Runtime.Peers.Client;

namespace Harness.Tests.Runtime.Peers.Client;

/// <summary>The registration engine against the fake LwM2M Server on loopback: what goes on the wire and what the engine makes of the answers.</summary>
public class ClientRegistrationTests
{
    private static FakeLwm2mServerSettings Manual => new() { ExpectTimeout = RegisteringClient.Deadline, ExpectedVersion = Lwm2mVersions.V11 };

    [Test]
    public async Task Register_posts_to_rd_with_ep_lt_lwm2m_b_and_the_object_links_and_keeps_the_location()
    {
        await using var server = new FakeLwm2mServer(Manual);
        await using var client = new RegisteringClient(server, s => s with { Endpoint = "urn:dev:42", Lifetime = 120 });
        client.Links = ObjectLinks.Of("/1/0", "/3/0", "/5/0");

        var registering = client.Engine.RegisterAsync();
        var register = await server.ExpectRegisterAsync();
        var registration = await register.AcceptAsync();

        Assert.That(await registering, Is.True);
        Assert.That(register.Errors, Is.Empty);
        Assert.That(register.Message.UriPath, Is.EqualTo("/rd"));
        Assert.That(register.Message.Code, Is.EqualTo(CoapCode.Post));
        Assert.That(register.Message.Type, Is.EqualTo(CoapMessageType.Confirmable));
        Assert.That(register.Message.UriQuery, Is.EquivalentTo(new[] { "ep=urn:dev:42", "lt=120", "lwm2m=1.1", "b=U" }));
        Assert.That(register.Message.ContentFormat, Is.EqualTo(ContentFormat.LinkFormat));
        Assert.That(register.Request.ObjectLinks.Links.Select(l => l.Path.ToString()), Is.EqualTo(new[] { "/1/0", "/3/0", "/5/0" }));
        Assert.That(client.Engine.State, Is.EqualTo(RegistrationState.Registered));
        Assert.That(client.Engine.Location, Is.EqualTo(registration!.Location));
        Assert.That((await client.WaitForAsync(RegistrationEventKind.Registered)).Text, Is.EqualTo($"registered location={registration.LocationPath}"));
    }

    [TestCase("1.0", "lwm2m=1.0", "b=UQ")]
    [TestCase("1.1", "lwm2m=1.1", "b=U", "Q")]
    [TestCase("1.2", "lwm2m=1.2", "b=U", "Q")]
    public async Task Queue_mode_and_version_take_the_form_of_the_chosen_version(string version, params string[] expected)
    {
        await using var server = new FakeLwm2mServer(new() { ExpectTimeout = RegisteringClient.Deadline, AnswerPolicy = RegistrationAnswerPolicy.Automatic });
        await using var client = new RegisteringClient(server, s => s with { Version = VersionNumber.Parse(version), QueueMode = true, Lifetime = 60 });

        Assert.That(await client.Engine.RegisterAsync(), Is.True);
        var register = await server.ExpectRegisterAsync();

        Assert.That(register.Message.UriQuery, Is.EquivalentTo(expected.Prepend("lt=60").Prepend("ep=client-1")));
        Assert.That(register.Errors, Is.Empty);
        Assert.That(register.Request.QueueMode, Is.True);
        Assert.That(client.LinkRequests, Is.EqualTo(new[] { VersionNumber.Parse(version) }), "the payload is asked for in the registered version");
    }

    [Test]
    public async Task An_update_on_demand_is_empty_and_goes_to_the_returned_location()
    {
        await using var server = new FakeLwm2mServer(Manual);
        await using var client = new RegisteringClient(server);
        var registration = await client.RegisterAcceptedAsync(server);

        var updating = client.Engine.UpdateAsync();
        var update = await server.ExpectUpdateAsync();
        await update.AcceptAsync();

        Assert.That(await updating, Is.True);
        Assert.That(update.Message.UriPath, Is.EqualTo(registration.LocationPath));
        Assert.That(update.Message.UriQuery, Is.Empty);
        Assert.That(update.Message.Payload.IsEmpty, Is.True);
        Assert.That((await client.WaitForAsync(RegistrationEventKind.UpdateSent)).Text, Is.EqualTo($"update sent location={registration.LocationPath}"));
    }

    [Test]
    public async Task A_changed_lifetime_binding_or_object_set_is_carried_by_the_update_and_only_once()
    {
        await using var server = new FakeLwm2mServer(new() { ExpectTimeout = RegisteringClient.Deadline, AnswerPolicy = RegistrationAnswerPolicy.Automatic });
        await using var client = new RegisteringClient(server, s => s with { Version = Lwm2mVersions.V12 });
        Assert.That(await client.Engine.RegisterAsync(), Is.True);
        await server.ExpectRegisterAsync();

        Assert.That(await client.Engine.ChangeLifetimeAsync(600), Is.True);
        var withLifetime = await server.ExpectUpdateAsync();
        Assert.That(await client.Engine.ChangeBindingAsync("UT"), Is.True);
        var withBinding = await server.ExpectUpdateAsync();
        client.Links = ObjectLinks.Of("/1/0", "/3/0", "/4/0");
        Assert.That(await client.Engine.ObjectsChangedAsync(), Is.True);
        var withObjects = await server.ExpectUpdateAsync();
        Assert.That(await client.Engine.UpdateAsync(), Is.True);
        var plain = await server.ExpectUpdateAsync();

        Assert.That(withLifetime.Message.UriQuery, Is.EqualTo(new[] { "lt=600" }));
        Assert.That(withBinding.Message.UriQuery, Is.EqualTo(new[] { "b=UT" }));
        Assert.That(withObjects.Message.UriQuery, Is.Empty);
        Assert.That(withObjects.Request.ObjectLinks!.InstancesOf(4), Is.EqualTo(new[] { 0 }));
        Assert.That(plain.Message.UriQuery, Is.Empty);
        Assert.That(plain.Message.Payload.IsEmpty, Is.True);
        var tracked = server.FindRegistration("client-1")!;
        Assert.That((tracked.Lifetime, tracked.Binding), Is.EqualTo((600u, "UT")));
    }

    [Test]
    public async Task A_4_04_answer_to_an_update_makes_the_client_register_again()
    {
        await using var server = new FakeLwm2mServer(Manual);
        await using var client = new RegisteringClient(server);
        await client.RegisterAcceptedAsync(server);

        var updating = client.Engine.UpdateAsync();
        var update = await server.ExpectUpdateAsync();
        await update.RespondAsync(Lwm2mResponses.NotFound());
        var again = await server.ExpectRegisterAsync();
        var second = await again.AcceptAsync();

        Assert.That(await updating, Is.False, "the Update itself failed");
        Assert.That(again.Errors, Is.Empty);
        Assert.That(client.Engine.State, Is.EqualTo(RegistrationState.Registered));
        Assert.That(client.Engine.LocationPath, Is.EqualTo(second!.LocationPath));
        Assert.That((await client.WaitForAsync(RegistrationEventKind.UpdateFailed)).Text, Does.StartWith("update failed: 4.04 Not Found; registering again"));
    }

    [Test]
    public async Task Deregister_deletes_the_location_and_leaves_the_client_unregistered()
    {
        await using var server = new FakeLwm2mServer(Manual);
        await using var client = new RegisteringClient(server);
        var registration = await client.RegisterAcceptedAsync(server);

        var deregistering = client.Engine.DeregisterAsync();
        var deregister = await server.ExpectDeregisterAsync();
        await deregister.AcceptAsync();
        await deregistering;

        Assert.That(deregister.Message.Code, Is.EqualTo(CoapCode.Delete));
        Assert.That(deregister.Message.UriPath, Is.EqualTo(registration.LocationPath));
        Assert.That(deregister.Errors, Is.Empty);
        Assert.That(client.Engine.State, Is.EqualTo(RegistrationState.Unregistered));
        Assert.That(client.Engine.NextUpdateAt, Is.Null, "no Update is scheduled any more");
        Assert.That((await client.WaitForAsync(RegistrationEventKind.Deregistered)).Text, Is.EqualTo($"deregistered location={registration.LocationPath}"));
        Assert.That(await client.Engine.UpdateAsync(), Is.False, "an Update needs a registration");
    }

    [Test]
    public async Task Stop_deregisters_and_refuses_everything_afterwards()
    {
        await using var server = new FakeLwm2mServer(new() { ExpectTimeout = RegisteringClient.Deadline, AnswerPolicy = RegistrationAnswerPolicy.Automatic });
        await using var client = new RegisteringClient(server);
        Assert.That(await client.Engine.RegisterAsync(), Is.True);

        await client.Engine.StopAsync();

        Assert.That((await server.ExpectDeregisterAsync()).Errors, Is.Empty);
        Assert.That(client.Engine.State, Is.EqualTo(RegistrationState.Stopped));
        Assert.That(server.Registrations, Is.Empty);
        Assert.ThrowsAsync<InvalidOperationException>(() => client.Engine.RegisterAsync());
    }
}
