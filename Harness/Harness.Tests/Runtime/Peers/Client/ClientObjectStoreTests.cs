using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Content;
using Harness.Protocol.Lwm2m.Messages;
using Harness.Protocol.Lwm2m.Model;
using Harness.Protocol.Lwm2m.Nodes;
using Harness.Protocol.Lwm2m.Values;
using Harness.Runtime.Peers.Client;

namespace Harness.Tests.Runtime.Peers.Client;

public class ClientObjectStoreTests
{
    private static readonly Lwm2mPath Device = Lwm2mPath.Parse("/3/0");
    private static readonly Lwm2mPath Server = Lwm2mPath.Parse("/1/0");

    private static ClientObjectStore NewStore(VersionNumber? version = null) =>
        ReferenceDeviceObjects.Create(new ReferenceDeviceSettings { ServerUri = "coap://127.0.0.1:5683", LifetimeSeconds = 120, Lwm2mVersion = version ?? Lwm2mVersions.V11 });

    private static Lwm2mContent Resource(string path, Lwm2mValue value)
    {
        var p = Lwm2mPath.Parse(path);
        return Lwm2mContent.Single(p, new Lwm2mSingleResource(p[2], value));
    }

    [Test]
    public void Reads_answer_every_level_with_readable_resources_only()
    {
        var store = NewStore();

        var obj = (Lwm2mObject)store.Read(Lwm2mPath.Parse("/3")).Content!.SingleNode;
        var instance = (Lwm2mObjectInstance)store.Read(Device).Content!.SingleNode;
        var resource = store.Read(Lwm2mPath.Parse("/3/0/0")).Content!.SingleNode;
        var resourceInstance = store.Read(Lwm2mPath.Parse("/3/0/7/1")).Content!.SingleNode;

        Assert.That(obj.Instances.Single(), Is.EqualTo(instance));
        Assert.That(instance.Resources.Select(r => r.Id), Is.EqualTo(new[] { 0, 1, 2, 3, 6, 7, 8, 9, 10, 11, 13, 14, 15, 16 }));
        Assert.That(resource, Is.EqualTo(new Lwm2mSingleResource(0, Lwm2mValue.String("Open Mobile Alliance"))));
        Assert.That(resourceInstance, Is.EqualTo(new Lwm2mResourceInstance(1, Lwm2mValue.Integer(5000))));
    }

    [Test]
    public void Reads_refuse_what_the_server_may_not_see_or_what_is_not_there()
    {
        var store = NewStore();

        Assert.That(store.Read(Lwm2mPath.Parse("/0/0")).Status, Is.EqualTo(ClientOperationStatus.Unauthorized));
        Assert.That(store.Read(Lwm2mPath.Parse("/3/0/4")).Status, Is.EqualTo(ClientOperationStatus.MethodNotAllowed), "Reboot is executable");
        Assert.That(store.Read(Lwm2mPath.Parse("/3/0/17")).Status, Is.EqualTo(ClientOperationStatus.NotFound));
        Assert.That(store.Read(Lwm2mPath.Parse("/3/1")).Status, Is.EqualTo(ClientOperationStatus.NotFound));
        Assert.That(store.Read(Lwm2mPath.Parse("/5")).Status, Is.EqualTo(ClientOperationStatus.NotFound));
    }

    [Test]
    public void Replacing_an_instance_drops_optional_writable_resources_not_given_while_a_partial_update_keeps_them()
    {
        var replaced = NewStore();
        var updated = NewStore();
        var lifetime = Lwm2mContent.Single(Server, new Lwm2mObjectInstance(0, new Lwm2mSingleResource(1, Lwm2mValue.Integer(600))));

        Assert.That(replaced.Write(Server, WriteMode.Replace, lifetime).IsSuccess, Is.True);
        Assert.That(updated.Write(Server, WriteMode.PartialUpdate, lifetime).IsSuccess, Is.True);

        Assert.That(replaced.GetValue(Lwm2mPath.Parse("/1/0/1")), Is.EqualTo(Lwm2mValue.Integer(600)));
        Assert.That(replaced.Get(Lwm2mPath.Parse("/1/0/2")), Is.Null, "Default Minimum Period is optional and writable");
        Assert.That(replaced.GetValue(Lwm2mPath.Parse("/1/0/7")), Is.EqualTo(Lwm2mValue.String("U")), "Binding is mandatory");
        Assert.That(replaced.GetValue(Lwm2mPath.Parse("/1/0/0")), Is.EqualTo(Lwm2mValue.Integer(1)), "Short Server ID is read-only");
        Assert.That(updated.GetValue(Lwm2mPath.Parse("/1/0/1")), Is.EqualTo(Lwm2mValue.Integer(600)));
        Assert.That(updated.GetValue(Lwm2mPath.Parse("/1/0/2")), Is.EqualTo(Lwm2mValue.Integer(1)));
    }

    [Test]
    public void Writes_that_do_not_fit_the_model_change_nothing()
    {
        var store = NewStore();
        var before = store.Get(Device);

        Assert.That(store.Write(Lwm2mPath.Parse("/3/0/0"), WriteMode.Replace, Resource("/3/0/0", Lwm2mValue.String("x"))).Status, Is.EqualTo(ClientOperationStatus.MethodNotAllowed));
        Assert.That(store.Write(Lwm2mPath.Parse("/3/0/14"), WriteMode.Replace, Resource("/3/0/14", Lwm2mValue.Integer(1))).Status, Is.EqualTo(ClientOperationStatus.BadRequest));
        Assert.That(store.Write(Lwm2mPath.Parse("/3"), WriteMode.Replace, Lwm2mContent.Empty).Status, Is.EqualTo(ClientOperationStatus.MethodNotAllowed));
        Assert.That(store.Write(Lwm2mPath.Parse("/3/0/14"), WriteMode.Replace, Resource("/3/0/15", Lwm2mValue.String("UTC"))).Status, Is.EqualTo(ClientOperationStatus.BadRequest));
        Assert.That(store.Get(Device), Is.EqualTo(before));
    }

    [Test]
    public void A_partial_update_of_a_multiple_resource_merges_its_instances_while_a_replace_sets_them_all()
    {
        var merged = NewStore();
        var replaced = NewStore();
        var acl = Lwm2mPath.Parse("/2/0/2");
        foreach (var store in new[] { merged, replaced })
        {
            store.AddObject(2, new VersionNumber(1, 0));
            store.PutInstance(2, new Lwm2mObjectInstance(0, new Lwm2mSingleResource(0, Lwm2mValue.Integer(3)), new Lwm2mSingleResource(1, Lwm2mValue.Integer(0)), Lwm2mMultipleResource.FromValues(2, Lwm2mValue.Integer(1), Lwm2mValue.Integer(15)), new Lwm2mSingleResource(3, Lwm2mValue.Integer(1))));
        }

        var written = Lwm2mContent.Single(acl, new Lwm2mMultipleResource(2, new Lwm2mResourceInstance(5, Lwm2mValue.Integer(7))));

        Assert.That(merged.Write(acl, WriteMode.PartialUpdate, written).IsSuccess, Is.True);
        Assert.That(replaced.Write(acl, WriteMode.Replace, written).IsSuccess, Is.True);
        Assert.That(((Lwm2mMultipleResource)merged.Get(acl)!).Instances.Select(i => i.Id), Is.EqualTo(new[] { 0, 1, 5 }));
        Assert.That(((Lwm2mMultipleResource)replaced.Get(acl)!).Instances.Select(i => i.Id), Is.EqualTo(new[] { 5 }));
    }

    [Test]
    public void Server_writes_raise_one_change_per_resource_changed()
    {
        var store = NewStore();
        var changes = new List<ClientNodeChangedEventArgs>();
        store.NodeChanged += (_, e) => changes.Add(e);
        var content = Lwm2mContent.Single(Server, new Lwm2mObjectInstance(0, new Lwm2mSingleResource(1, Lwm2mValue.Integer(60)), new Lwm2mSingleResource(7, Lwm2mValue.String("U"))));

        store.Write(Server, WriteMode.PartialUpdate, content);
        store.SetValue(Lwm2mPath.Parse("/3/0/9"), Lwm2mValue.Integer(50));

        Assert.That(changes.Select(c => c.ToString()), Is.EqualTo(new[]
        {
            "/1/0/1 Resource 1 = Integer(60) by Server",
            "/3/0/9 Resource 9 = Integer(50) by Client",
        }), "Binding was written with its own value, which is no change");
    }

    [Test]
    public void Create_takes_the_given_or_the_lowest_free_id_and_delete_removes_it()
    {
        var store = NewStore();
        var objectPath = Lwm2mPath.Parse("/1");
        Lwm2mResource[] resources = [new Lwm2mSingleResource(0, Lwm2mValue.Integer(2)), new Lwm2mSingleResource(1, Lwm2mValue.Integer(60)), new Lwm2mSingleResource(6, Lwm2mValue.Boolean(false)), new Lwm2mSingleResource(7, Lwm2mValue.String("U"))];

        var free = store.Create(objectPath, null, resources);
        var given = store.Create(objectPath, 7, resources);
        var taken = store.Create(objectPath, 7, resources);
        var deleted = store.Delete(Lwm2mPath.Parse("/1/1"));

        Assert.That(free.Location, Is.EqualTo(Lwm2mPath.Parse("/1/1")));
        Assert.That(given.Location, Is.EqualTo(Lwm2mPath.Parse("/1/7")));
        Assert.That(taken.Status, Is.EqualTo(ClientOperationStatus.BadRequest));
        Assert.That(deleted.IsSuccess, Is.True);
        Assert.That(store.Delete(Lwm2mPath.Parse("/1/1")).Status, Is.EqualTo(ClientOperationStatus.NotFound));
        Assert.That(store.Delete(Device).Status, Is.EqualTo(ClientOperationStatus.MethodNotAllowed), "the Device instance is mandatory");
        Assert.That(store.Delete(Lwm2mPath.Parse("/1")).Status, Is.EqualTo(ClientOperationStatus.MethodNotAllowed));
        Assert.That(store.Create(Lwm2mPath.Parse("/3"), null, []).Status, Is.EqualTo(ClientOperationStatus.BadRequest), "Device is single-instance");
    }

    [Test]
    public async Task Execute_runs_the_action_with_its_arguments_and_refuses_what_is_not_executable()
    {
        var store = NewStore();
        string? seen = null;
        store.SetExecuteAction(Lwm2mPath.Parse("/3/0/4"), (arguments, _) =>
        {
            seen = arguments;
            return Task.FromResult(ClientOperationResult.Success);
        });

        var executed = await store.ExecuteAsync(Lwm2mPath.Parse("/3/0/4"), "0='now'");

        Assert.That(executed.IsSuccess, Is.True);
        Assert.That(seen, Is.EqualTo("0='now'"));
        Assert.That((await store.ExecuteAsync(Lwm2mPath.Parse("/3/0/0"), null)).Status, Is.EqualTo(ClientOperationStatus.MethodNotAllowed));
        Assert.That((await store.ExecuteAsync(Lwm2mPath.Parse("/3/0/99"), null)).Status, Is.EqualTo(ClientOperationStatus.NotFound));
        Assert.That((await store.ExecuteAsync(Lwm2mPath.Parse("/3/1/4"), null)).Status, Is.EqualTo(ClientOperationStatus.NotFound));
    }

    [Test]
    public void Attributes_merge_per_level_unset_removes_and_resources_inherit()
    {
        var store = NewStore();
        var battery = Lwm2mPath.Parse("/3/0/9");

        store.WriteAttributes(Lwm2mPath.Parse("/3"), new NotificationAttributes { MinimumPeriod = 10 });
        store.WriteAttributes(battery, new NotificationAttributes { MaximumPeriod = 60, LessThan = 42.5 });
        store.WriteAttributes(battery, new NotificationAttributes { GreaterThan = 80 });
        store.WriteAttributes(battery, new NotificationAttributes { Unset = new HashSet<string> { "lt" } });

        Assert.That(store.AttributesAt(battery)!.ToString(), Is.EqualTo("pmax=60&gt=80"), "records hold sets, so compare the query text");
        Assert.That(store.EffectiveAttributes(battery).ToString(), Is.EqualTo("pmin=10&pmax=60&gt=80"));
        Assert.That(store.EffectiveAttributes(Lwm2mPath.Parse("/3/0/0")).ToString(), Is.EqualTo("pmin=10&pmax=60"), "pmax from /1/0/3");
        Assert.That(store.WriteAttributes(Lwm2mPath.Parse("/3/0/0"), new NotificationAttributes { GreaterThan = 1 }).Status, Is.EqualTo(ClientOperationStatus.BadRequest), "a string has no threshold");
        Assert.That(store.WriteAttributes(battery, new NotificationAttributes { MinimumPeriod = 100 }).Status, Is.EqualTo(ClientOperationStatus.BadRequest), "pmin above pmax");
        Assert.That(store.WriteAttributes(Lwm2mPath.Parse("/3/0/17"), new NotificationAttributes { MinimumPeriod = 1 }).Status, Is.EqualTo(ClientOperationStatus.NotFound));
    }

    [Test]
    public void Discover_lists_levels_with_their_attributes_and_dimensions()
    {
        var store = NewStore();
        store.WriteAttributes(Lwm2mPath.Parse("/3"), new NotificationAttributes { MinimumPeriod = 10 });
        store.WriteAttributes(Lwm2mPath.Parse("/3/0/7"), new NotificationAttributes { MaximumPeriod = 60, LessThan = 42.2 });

        string Links(string path) => string.Join(",", store.Discover(Lwm2mPath.Parse(path)).Links!);

        Assert.That(Links("/3/0/7"), Is.EqualTo("</3/0/7>;dim=2;pmin=10;pmax=60;lt=42.2"));
        Assert.That(Links("/3/0"), Does.StartWith("</3/0>,</3/0/0>,</3/0/1>,</3/0/2>,</3/0/3>,</3/0/4>,</3/0/5>,</3/0/6>;dim=2,</3/0/7>;dim=2;pmax=60;lt=42.2,"));
        Assert.That(Links("/3"), Does.StartWith("</3>;ver=1.1;pmin=10,</3/0>,</3/0/0>"));
        Assert.That(store.Discover(Lwm2mPath.Parse("/0")).Status, Is.EqualTo(ClientOperationStatus.Unauthorized));
    }

    [Test]
    public void The_registration_payload_leaves_out_security_and_states_versions_from_1_1_on()
    {
        Assert.That(NewStore(Lwm2mVersions.V10).RegistrationLinks(Lwm2mVersions.V10).ToString(), Is.EqualTo("</1/0>,</3/0>"));
        Assert.That(NewStore().RegistrationLinks(Lwm2mVersions.V11).ToString(), Is.EqualTo("</1>;ver=1.1,</1/0>,</3>;ver=1.1,</3/0>"));
        Assert.That(
            NewStore().RegistrationLinks(Lwm2mVersions.V11, new RegistrationLinkOptions { ContentFormats = [60, 110, 112, 11542] }).ToString(),
            Is.EqualTo("</>;rt=\"oma.lwm2m\";ct=\"60 110 112 11542\",</1>;ver=1.1,</1/0>,</3>;ver=1.1,</3/0>"));
    }

    [Test]
    public void An_object_without_instances_is_registered_as_the_object()
    {
        var store = NewStore(Lwm2mVersions.V10);
        store.AddObject(5, new VersionNumber(1, 0));

        Assert.That(store.RegistrationLinks(Lwm2mVersions.V10).ToString(), Is.EqualTo("</1/0>,</3/0>,</5>"));
    }
}
