using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Messages;
using Harness.Protocol.Templates;
using Harness.Runtime.Coap;
using Harness.Runtime.Peers;

namespace Harness.Tests.Runtime.Peers;

public class FakeLwm2mServerRegistrationTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(20);

    [Test]
    public async Task Register_update_and_deregister_are_expected_answered_and_tracked()
    {
        await using var server = new FakeLwm2mServer(new() { ExpectTimeout = Deadline });
        await using var client = new TestClient();
        var register = new RegisterRequest("node-1") { Lifetime = 300, QueueMode = false };

        var registering = client.SendAsync(register, server.LocalEndPoint);
        var incoming = await server.ExpectRegisterAsync(CoapTemplate.Request(CoapCode.Post, "/rd") with
        {
            UriQuery = SegmentListTemplate.InAnyOrder("ep=node-1", "lwm2m=1.1", TemplateField<string>.Capture("lifetime")),
        });
        var registration = await incoming.AcceptAsync();
        var created = await registering;

        Assert.That(incoming.Request.Endpoint, Is.EqualTo("node-1"));
        Assert.That(created.Code, Is.EqualTo(CoapCode.Created));
        Assert.That(created.LocationPathSegments, Is.EqualTo(registration!.Location));
        Assert.That(registration.Lifetime, Is.EqualTo(300));
        Assert.That(registration.Peer, Is.EqualTo(client.Endpoint.LocalEndPoint));
        Assert.That(registration.ObjectLinks.InstancesOf(3), Is.EqualTo(new[] { 0 }));

        var updating = client.SendAsync(new UpdateRequest(created.LocationPathSegments) { Lifetime = 600 }, server.LocalEndPoint);
        var update = await server.ExpectUpdateAsync();
        var updated = await update.AcceptAsync();
        Assert.That((await updating).Code, Is.EqualTo(CoapCode.Changed));
        Assert.That(update.Registration, Is.EqualTo(registration));
        Assert.That(updated!.Lifetime, Is.EqualTo(600));
        Assert.That(updated.LastUpdateAt, Is.GreaterThanOrEqualTo(registration.LastUpdateAt));

        var deregistering = client.SendAsync(new DeregisterRequest(created.LocationPathSegments), server.LocalEndPoint);
        var deregister = await server.ExpectDeregisterAsync();
        Assert.That(deregister.Request.LocationPath, Is.EqualTo(registration.LocationPath));
        Assert.That(await deregister.AcceptAsync(), Is.Null);
        Assert.That((await deregistering).Code, Is.EqualTo(CoapCode.Deleted));
        Assert.That(server.Registrations, Is.Empty);
    }

    [Test]
    public async Task A_read_sent_by_the_server_is_answered_by_the_client_and_the_traffic_is_recorded()
    {
        await using var server = new FakeLwm2mServer(new() { ExpectTimeout = Deadline, AnswerPolicy = RegistrationAnswerPolicy.Automatic });
        await using var client = new TestClient();
        client.Set("/3/0/0", "Acme");
        await client.SendAsync(new RegisterRequest("reader"), server.LocalEndPoint);

        var response = await server.SendReadAsync(Lwm2mPath.Parse("/3/0/0"));

        Assert.That(response.Code, Is.EqualTo(CoapCode.Content));
        Assert.That(response.Payload.ToArray(), Is.EqualTo("Acme"u8.ToArray()));
        Assert.That(response.Content, Is.Null, "no codec is configured, so only the bytes are kept");
        // Per direction: a reply may be logged before the send that caused it finishes logging.
        Assert.That(server.Traffic.Where(d => d.Direction == CoapDatagramDirection.Sent).Select(d => d.Message!.Code), Is.EqualTo(new[] { CoapCode.Created, CoapCode.Get }));
        Assert.That(server.Traffic.Where(d => d.Direction == CoapDatagramDirection.Received).Select(d => d.Message!.Code), Is.EqualTo(new[] { CoapCode.Post, CoapCode.Content }));
    }

    [Test]
    public async Task Write_and_execute_reach_the_client_as_their_operations()
    {
        await using var server = new FakeLwm2mServer(new() { ExpectTimeout = Deadline, AnswerPolicy = RegistrationAnswerPolicy.Automatic });
        await using var client = new TestClient();
        await client.SendAsync(new RegisterRequest("writer"), server.LocalEndPoint);

        var written = await server.SendWriteAsync(WriteRequest.Replace(Lwm2mPath.Parse("/1/0/1"), "120"u8.ToArray(), ContentFormat.TextPlain));
        var executed = await server.SendExecuteAsync(Lwm2mPath.Parse("/3/0/4"), [new ExecuteArgument(0, "now")]);
        var read = await server.SendReadAsync(Lwm2mPath.Parse("/1/0/1"));

        Assert.That(written.Code, Is.EqualTo(CoapCode.Changed));
        Assert.That(executed.Code, Is.EqualTo(CoapCode.Changed));
        Assert.That(read.Payload.ToArray(), Is.EqualTo("120"u8.ToArray()));
        Assert.That(client.Received.Select(m => m.Code), Is.EqualTo(new[] { CoapCode.Put, CoapCode.Post, CoapCode.Get }));
    }

    [Test]
    public async Task A_malformed_register_is_returned_with_precise_errors_and_can_be_refused()
    {
        await using var server = new FakeLwm2mServer(new() { ExpectTimeout = Deadline, ExpectedVersion = Lwm2mVersions.V11 });
        await using var client = new TestClient();
        var withoutEp = new RegisterRequest("x").ToCoapMessage().WithOptions(
            new RegisterRequest("x").ToCoapMessage().Options.Where(o => !(o.Number == OptionNumber.UriQuery && o.GetString().StartsWith("ep=", StringComparison.Ordinal))));

        var sending = client.Endpoint.SendRequestAsync(withoutEp, server.LocalEndPoint);
        var incoming = await server.ExpectRegisterAsync();
        await incoming.RespondAsync(Lwm2mResponses.BadRequest("ep missing"));

        Assert.That(incoming.IsValid, Is.False);
        Assert.That(incoming.Errors.Single().ToString(), Is.EqualTo("ep: the Endpoint Client Name is missing (OMA-TS-LightweightM2M_Core §6.2.1 Register)"));
        Assert.That(() => incoming.Request, Throws.TypeOf<Lwm2mMessageException>().With.Message.Contains("Endpoint Client Name is missing"));
        Assert.That((await sending).Code, Is.EqualTo(CoapCode.BadRequest));
        Assert.That(server.Registrations, Is.Empty);
    }

    [Test]
    public async Task A_send_is_received_and_acknowledged()
    {
        await using var server = new FakeLwm2mServer(new() { ExpectTimeout = Deadline });
        await using var client = new TestClient();

        var sending = client.SendAsync(new SendRequest("[{\"n\":\"/3/0/9\",\"v\":80}]"u8.ToArray(), ContentFormat.SenmlJson), server.LocalEndPoint);
        var send = await server.ExpectSendAsync();
        await send.AcceptAsync();

        Assert.That(send.Request.ContentFormat, Is.EqualTo(ContentFormat.SenmlJson));
        Assert.That((await sending).Code, Is.EqualTo(CoapCode.Changed));
    }

    [Test]
    public async Task Automatic_answers_are_still_there_for_expectations()
    {
        await using var server = new FakeLwm2mServer(new() { ExpectTimeout = Deadline, AnswerPolicy = RegistrationAnswerPolicy.Automatic });
        await using var client = new TestClient();

        var response = await client.SendAsync(new RegisterRequest("auto"), server.LocalEndPoint);
        var incoming = await server.ExpectRegisterAsync();

        Assert.That(response.Code, Is.EqualTo(CoapCode.Created));
        Assert.That(incoming.AutomaticAnswer!.Code, Is.EqualTo(CoapCode.Created));
        Assert.That(() => incoming.AcceptAsync(), Throws.InvalidOperationException.With.Message.Contains("automatically with 2.01"));
        Assert.That(server.Registrations, Has.Count.EqualTo(1), "a refused accept changes nothing");
    }

    [Test]
    public async Task The_raw_level_sees_exact_bytes_and_answers_with_exact_bytes()
    {
        await using var server = new FakeLwm2mServer(new() { ExpectTimeout = Deadline });
        await using var client = new TestClient();
        client.Endpoint.ReceiveMode = CoapReceiveMode.Raw;
        var register = new RegisterRequest("raw").ToCoapMessage().WithMessageId(0x0101).WithToken(new byte[] { 0x55 });

        var next = server.NextDatagramAsync();
        client.Endpoint.SendRaw(register, server.LocalEndPoint);
        var datagram = await next;
        var incoming = await server.ExpectRegisterAsync();
        incoming.AnswerRaw([0x60, 0x41, 0x01, 0x01]);
        var answer = await client.Endpoint.ReceiveRawAsync(Deadline);

        Assert.That(datagram.Bytes, Is.EqualTo(CoapUdpCodec.Encode(register)));
        Assert.That(answer.Bytes, Is.EqualTo(new byte[] { 0x60, 0x41, 0x01, 0x01 }));
        Assert.That(() => incoming.Reset(), Throws.InvalidOperationException);
    }
}
