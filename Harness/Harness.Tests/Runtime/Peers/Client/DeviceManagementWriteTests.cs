using System.Text;
using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Content;
using Harness.Protocol.Lwm2m.Content.SenmlJson;
using Harness.Protocol.Lwm2m.Content.Tlv;
using Harness.Protocol.Lwm2m.Messages;
using Harness.Protocol.Lwm2m.Nodes;
using Harness.Protocol.Lwm2m.Values;
using Harness.Runtime.Peers.Client;

namespace Harness.Tests.Runtime.Peers.Client;

/// <summary>Write, Execute, Create and Delete over loopback from the fake LwM2M Server.</summary>
public class DeviceManagementWriteTests
{
    private static readonly Lwm2mPath Lifetime = Lwm2mPath.Parse("/1/0/1");
    private static readonly Lwm2mPath ServerInstance = Lwm2mPath.Parse("/1/0");

    [Test]
    public async Task A_text_write_of_the_lifetime_changes_it_and_tells_the_owner()
    {
        await using var client = await ClientUnderTest.StartAsync();
        var changed = new TaskCompletionSource<ClientNodeChangedEventArgs>(TaskCreationOptions.RunContinuationsAsynchronously);
        client.Store.NodeChanged += (_, e) => changed.TrySetResult(e);

        var response = await client.Server.SendWriteAsync(WriteRequest.Replace(Lifetime, "600"u8.ToArray(), ContentFormat.TextPlain));
        var change = await changed.Task.WaitAsync(ClientUnderTest.Deadline);

        Assert.That(response.Code, Is.EqualTo(CoapCode.Changed));
        Assert.That(client.Store.GetValue(Lifetime), Is.EqualTo(Lwm2mValue.Integer(600)));
        Assert.That((change.Path, change.Origin), Is.EqualTo((Lifetime, ChangeOrigin.Server)));
        Assert.That(change.Node, Is.EqualTo(new Lwm2mSingleResource(1, Lwm2mValue.Integer(600))));
    }

    [TestCase(WriteMode.Replace, false)]
    [TestCase(WriteMode.PartialUpdate, true)]
    public async Task An_instance_write_replaces_or_merges(WriteMode mode, bool keepsDefaultMinimumPeriod)
    {
        await using var client = await ClientUnderTest.StartAsync();
        var content = Lwm2mContent.Single(ServerInstance, new Lwm2mObjectInstance(0, new Lwm2mSingleResource(1, Lwm2mValue.Integer(900))));
        var request = WriteRequest.Encode(mode, content, TlvCodec.Instance, client.ContextFor(ServerInstance));

        var response = await client.Server.SendWriteAsync(request);

        Assert.That(response.Code, Is.EqualTo(CoapCode.Changed), response.ToString());
        Assert.That(client.Store.GetValue(Lifetime), Is.EqualTo(Lwm2mValue.Integer(900)));
        Assert.That(client.Store.Get(Lwm2mPath.Parse("/1/0/2")) is not null, Is.EqualTo(keepsDefaultMinimumPeriod));
    }

    [Test]
    public async Task A_SenML_JSON_write_of_a_resource_is_understood()
    {
        await using var client = await ClientUnderTest.StartAsync();
        var timezone = Lwm2mPath.Parse("/3/0/15");
        var content = Lwm2mContent.Single(timezone, new Lwm2mSingleResource(15, Lwm2mValue.String("UTC")));

        var response = await client.Server.SendWriteAsync(WriteRequest.Encode(WriteMode.Replace, content, SenmlJsonCodec.Instance, client.ContextFor(timezone)));

        Assert.That(response.Code, Is.EqualTo(CoapCode.Changed), response.ToString());
        Assert.That(client.Store.GetValue(timezone), Is.EqualTo(Lwm2mValue.String("UTC")));
    }

    [TestCase("/3/0/0", "Acme", ContentFormat.TextPlain, "4.05")]
    [TestCase("/1/0/1", "600", ContentFormat.Json, "4.15")]
    [TestCase("/1/0/1", "six hundred", ContentFormat.TextPlain, "4.00")]
    [TestCase("/1/5/1", "600", ContentFormat.TextPlain, "4.04")]
    [TestCase("/0/0/0", "coap://elsewhere", ContentFormat.TextPlain, "4.01")]
    public async Task A_write_that_cannot_apply_is_refused_with_its_code(string target, string text, int format, string code)
    {
        await using var client = await ClientUnderTest.StartAsync();
        var before = client.Store.Get(Lwm2mPath.Parse(target).Truncate(2));

        var response = await client.Server.SendWriteAsync(WriteRequest.Replace(Lwm2mPath.Parse(target), Encoding.UTF8.GetBytes(text), format));

        Assert.That(response.Code.ToString(), Does.StartWith(code), response.ToString());
        Assert.That(client.Store.Get(Lwm2mPath.Parse(target).Truncate(2)), Is.EqualTo(before));
    }

    [Test]
    public async Task Execute_hands_the_arguments_to_the_action_and_answers_2_04()
    {
        await using var client = await ClientUnderTest.StartAsync();
        var reboot = Lwm2mPath.Parse("/3/0/4");
        var seen = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
        client.Store.SetExecuteAction(reboot, (arguments, _) =>
        {
            seen.TrySetResult(arguments);
            return Task.FromResult(ClientOperationResult.Success);
        });

        var response = await client.Server.SendExecuteAsync(reboot, [new ExecuteArgument(0, "now"), new ExecuteArgument(3, null)]);

        Assert.That(response.Code, Is.EqualTo(CoapCode.Changed));
        Assert.That(await seen.Task.WaitAsync(ClientUnderTest.Deadline), Is.EqualTo("0='now',3"));
        Assert.That((await client.Server.SendExecuteAsync(Lwm2mPath.Parse("/3/0/0"))).Code, Is.EqualTo(CoapCode.MethodNotAllowed));
        Assert.That((await client.Server.SendExecuteAsync(Lwm2mPath.Parse("/3/0/99"))).Code, Is.EqualTo(CoapCode.NotFound));
    }

    [Test]
    public async Task Create_with_and_without_an_instance_id_then_delete()
    {
        await using var client = await ClientUnderTest.StartAsync();
        var server = Lwm2mPath.Parse("/1");
        Lwm2mResource[] resources = [new Lwm2mSingleResource(0, Lwm2mValue.Integer(2)), new Lwm2mSingleResource(1, Lwm2mValue.Integer(60)), new Lwm2mSingleResource(6, Lwm2mValue.Boolean(false)), new Lwm2mSingleResource(7, Lwm2mValue.String("U"))];
        var named = TlvCodec.Instance.Encode(Lwm2mContent.Single(server, new Lwm2mObject(1, new Lwm2mObjectInstance(5, resources))), client.ContextFor(server));
        var unnamedPath = Lwm2mPath.Parse("/1/9");
        var unnamed = TlvCodec.Instance.Encode(Lwm2mContent.Single(unnamedPath, new Lwm2mObjectInstance(9, resources)), client.ContextFor(unnamedPath));

        var withId = await client.Server.SendCreateAsync(new CreateRequest(server, named, ContentFormat.LwM2mTlv));
        var withoutId = await client.Server.SendCreateAsync(new CreateRequest(server, unnamed, ContentFormat.LwM2mTlv));
        var again = await client.Server.SendCreateAsync(new CreateRequest(server, named, ContentFormat.LwM2mTlv));
        var deleted = await client.Server.SendDeleteAsync(Lwm2mPath.Parse("/1/5"));
        var deletedAgain = await client.Server.SendDeleteAsync(Lwm2mPath.Parse("/1/5"));
        var device = await client.Server.SendDeleteAsync(Lwm2mPath.Parse("/3/0"));

        Assert.That((withId.Code, string.Join("/", withId.Location)), Is.EqualTo((CoapCode.Created, "1/5")), withId.ToString());
        Assert.That((withoutId.Code, string.Join("/", withoutId.Location)), Is.EqualTo((CoapCode.Created, "1/1")), withoutId.ToString());
        Assert.That(again.Code, Is.EqualTo(CoapCode.BadRequest));
        Assert.That(deleted.Code, Is.EqualTo(CoapCode.Deleted));
        Assert.That(deletedAgain.Code, Is.EqualTo(CoapCode.NotFound));
        Assert.That(device.Code, Is.EqualTo(CoapCode.MethodNotAllowed));
        Assert.That(((Lwm2mObject)client.Store.Read(Lwm2mPath.Parse("/1")).Content!.SingleNode).Instances.Select(i => i.Id), Is.EqualTo(new[] { 0, 1 }));
    }
}
