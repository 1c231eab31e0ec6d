using System.Globalization;
using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Messages;
using Harness.Runtime.Dut;
using Harness.Runtime.Peers;

namespace Harness.Tests.Interop.NodeLib;

/// <summary>
/// The lwm2m-node-lib client (npm, LwM2M 1.0) on the wire for the registration interface: what it sends
/// in Register, Update and De-register, and how it reacts to the server's stimuli of ETS int-101 to int-105.
/// Where it departs from LwM2M 1.0, the test asserts the departure and says so in its name, so that a
/// change of the library's behaviour shows up here.
/// </summary>
[Category("Interop")]
[NonParallelizable]
public class NodeLibRegistrationTests
{
    [Test]
    public async Task Register_carries_ep_lt_lwm2m_1_0_b_U_and_links_to_its_two_instances()
    {
        await using var client = await NodeLibClient.StartAsync();

        var register = await client.Server.ExpectRegisterAsync();
        await register.AcceptAsync();

        Assert.That(register.Message.Type, Is.EqualTo(CoapMessageType.Confirmable));
        Assert.That(register.Message.Code, Is.EqualTo(CoapCode.Post));
        Assert.That(register.Message.UriPath, Is.EqualTo("/rd"));
        Assert.That(register.Message.UriQuery, Is.EqualTo(new[] { $"ep={client.Endpoint}", $"lt={client.Lifetime}", "lwm2m=1.0", "b=U" }), "in this order");
        Assert.That(register.Message.PayloadText(), Is.EqualTo("</1/0>,</3/0>"));
        Assert.That(register.Errors, Is.Empty, client.Evidence);
        Assert.That(register.Request.EffectiveVersion, Is.EqualTo(Lwm2mVersions.V10));
        await client.OutputAsync("registered location=/rd/");
    }

    [Test]
    public async Task Deviation_Register_and_Update_name_no_Content_Format_for_their_link_format_payload()
    {
        var (client, register, _) = await NodeLibClient.StartRegisteredAsync();
        await using var running = client;

        await client.StimulusAsync("registrationUpdate");
        var update = await client.Server.ExpectUpdateAsync();
        await update.RespondAsync(Lwm2mResponses.Changed());

        // LwM2M 1.0 (Registration interface) sends the object links as application/link-format (40).
        Assert.That(register.Message.ContentFormat, Is.Null, "Register");
        Assert.That(update.Message.ContentFormat, Is.Null, "Update");
    }

    [Test]
    public async Task Deviation_Update_repeats_lwm2m_which_Update_does_not_define()
    {
        var (client, _, registration) = await NodeLibClient.StartRegisteredAsync();
        await using var running = client;

        await client.StimulusAsync("registrationUpdate");
        var update = await client.Server.ExpectUpdateAsync();
        await update.RespondAsync(Lwm2mResponses.Changed());

        Assert.That(update.Message.UriPath, Is.EqualTo(registration.LocationPath));
        Assert.That(update.Message.UriQuery, Is.EqualTo(new[] { $"lt={client.Lifetime}", "lwm2m=1.0", "b=U" }));
        Assert.That(update.Message.PayloadText(), Is.EqualTo("</1/0>,</3/0>"), "every Update repeats the object links");
        Assert.That(update.Errors, Has.Count.EqualTo(1), string.Join("; ", update.Errors));
        Assert.That(update.Errors[0].Field, Does.Contain("lwm2m=1.0"));
        await client.OutputAsync("updated ");
    }

    [Test]
    public async Task Deviation_every_request_leaves_from_a_new_port_and_the_client_listens_at_each()
    {
        var (client, register, registration) = await NodeLibClient.StartRegisteredAsync();
        await using var running = client;

        await client.StimulusAsync("registrationUpdate");
        var update = await client.Server.ExpectUpdateAsync();
        await update.RespondAsync(Lwm2mResponses.Changed());
        await client.OutputAsync("updated ");
        var atRegisterPort = await client.Server.SendReadAsync(Lwm2mPath.Parse("/3/0/0"), target: registration);
        var atUpdatePort = await client.Server.SendReadAsync(Lwm2mPath.Parse("/3/0/0"), target: registration with { Peer = update.Peer });

        // RFC 7252 lets a client change its port; this one opens a new listener for each Update and keeps the old ones.
        Assert.That(update.Peer.Port, Is.Not.EqualTo(register.Peer.Port), "the Update came from another port than the Register");
        Assert.That(atRegisterPort.Code, Is.EqualTo(CoapCode.Content), "the Register's port still answers");
        Assert.That(atUpdatePort.Code, Is.EqualTo(CoapCode.Content), "the Update's port answers too");
        var answeredFrom = client.Server.Traffic.Where(d => d.Message?.Code == CoapCode.Content).Select(d => d.Remote.Port).Distinct();
        Assert.That(answeredFrom, Is.EqualTo(new[] { register.Peer.Port, update.Peer.Port }));
    }

    [Test]
    public async Task Writing_the_lifetime_leads_to_an_Update_with_the_new_lt()
    {
        var (client, _, _) = await NodeLibClient.StartRegisteredAsync();
        await using var running = client;

        var written = await client.Server.SendWriteAsync(WriteRequest.Replace(Lwm2mPath.Parse("/1/0/1"), "45"u8.ToArray(), ContentFormat.TextPlain));
        var update = await client.Server.ExpectUpdateAsync();
        await update.RespondAsync(Lwm2mResponses.Changed());
        var read = await client.Server.SendReadAsync(Lwm2mPath.Parse("/1/0/1"), target: client.Server.FindRegistration(client.Endpoint));

        Assert.That(written.Code, Is.EqualTo(CoapCode.Changed));
        Assert.That(update.Message.UriQuery, Has.Member("lt=45"));
        Assert.That(read.Message.PayloadText(), Is.EqualTo("45"));
    }

    [Test]
    public async Task Execute_registration_update_trigger_leads_to_an_Update()
    {
        var (client, _, registration) = await NodeLibClient.StartRegisteredAsync();
        await using var running = client;

        var executed = await client.Server.SendExecuteAsync(Lwm2mPath.Parse("/1/0/8"));
        var update = await client.Server.ExpectUpdateAsync();
        await update.RespondAsync(Lwm2mResponses.Changed());

        Assert.That(executed.Code, Is.EqualTo(CoapCode.Changed));
        Assert.That(update.Message.UriPath, Is.EqualTo(registration.LocationPath));
    }

    [Test]
    public async Task Execute_disable_leads_to_a_De_register()
    {
        var (client, _, registration) = await NodeLibClient.StartRegisteredAsync();
        await using var running = client;

        var executed = await client.Server.SendExecuteAsync(Lwm2mPath.Parse("/1/0/4"));
        var deregister = await client.Server.ExpectDeregisterAsync();
        await deregister.AcceptAsync();

        Assert.That(executed.Code, Is.EqualTo(CoapCode.Changed));
        Assert.That(deregister.Message.UriPath, Is.EqualTo(registration.LocationPath));
        Assert.That(deregister.Errors, Is.Empty);
        Assert.That(await client.OutputAsync("deregistered "), Does.Contain(registration.LocationPath));
        Assert.That(client.Adapter.State.Status, Is.EqualTo(DutRunStatus.Running), "disabled, not gone");
    }

    [Test]
    public async Task An_Update_answered_4_04_is_followed_by_a_new_Register()
    {
        var (client, _, first) = await NodeLibClient.StartRegisteredAsync();
        await using var running = client;

        await client.StimulusAsync("registrationUpdate");
        var update = await client.Server.ExpectUpdateAsync();
        await update.RespondAsync(Lwm2mResponses.NotFound());
        var again = await client.Server.ExpectRegisterAsync();
        var second = await again.AcceptAsync();

        Assert.That(again.Request.Endpoint, Is.EqualTo(client.Endpoint));
        Assert.That(second!.LocationPath, Is.Not.EqualTo(first.LocationPath));
        Assert.That(await client.OutputAsync("update-failed "), Does.Contain("code=4.04"));
    }

    [TestCase("quit", TestName = "Stopping with the quit line de-registers and exits 0")]
    [TestCase(null, TestName = "Stopping with SIGTERM de-registers and exits 0")]
    public async Task Stopping_de_registers_and_exits_0(string? quitLine)
    {
        var (client, register, registration) = await NodeLibClient.StartRegisteredAsync(quitLine);
        await using var running = client;

        var stopping = client.Adapter.StopAsync();
        var deregister = await client.Server.ExpectDeregisterAsync();
        await deregister.AcceptAsync();
        await stopping;

        Assert.That(deregister.Message.Code, Is.EqualTo(CoapCode.Delete));
        Assert.That(deregister.Message.UriPath, Is.EqualTo(registration.LocationPath));
        Assert.That(deregister.Peer.Port, Is.Not.EqualTo(register.Peer.Port), "deviation: from a new port, as every request");
        Assert.That(client.Adapter.State.Status, Is.EqualTo(DutRunStatus.Exited), client.Evidence);
        Assert.That(client.Adapter.State.ExitCode, Is.Zero);
        Assert.That(client.Server.Registrations, Is.Empty);
        Assert.That(client.Evidence, Does.Contain(quitLine is null ? "quitting SIGTERM" : "quitting command"));
        Assert.That(registration.Lifetime, Is.EqualTo(client.Lifetime), string.Create(CultureInfo.InvariantCulture, $"lt as configured: {client.Lifetime}"));
    }
}
