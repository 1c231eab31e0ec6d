using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Nodes;
using Harness.Protocol.Lwm2m.Values;

namespace Harness.Tests.Protocol.Lwm2m;

public class Lwm2mNodeTreeTests
{
    private static Lwm2mObject Device(params int[] errorCodes) => new(3,
        new Lwm2mObjectInstance(0,
            new Lwm2mSingleResource(0, Lwm2mValue.String("ACME")),
            Lwm2mMultipleResource.FromValues(11, errorCodes.Select(c => (Lwm2mValue)Lwm2mValue.Integer(c))),
            new Lwm2mSingleResource(13, Lwm2mValue.Time(1_700_000_000))));

    [Test]
    public void A_tree_holds_objects_instances_resources_and_resource_instances()
    {
        var device = Device(0, 3);
        var errors = (Lwm2mMultipleResource)device.Instance(0).Resource(11);

        Assert.That(device.Level, Is.EqualTo(Lwm2mPathLevel.Object));
        Assert.That(device.Instances.Single().Resources.Select(r => r.Id), Is.EqualTo(new[] { 0, 11, 13 }));
        Assert.That(errors.IsMultiple, Is.True);
        Assert.That(errors.DataType, Is.EqualTo(Lwm2mDataType.Integer));
        Assert.That(errors.Instance(1).Value, Is.EqualTo(Lwm2mValue.Integer(3)));
        Assert.That(errors.Instance(1).Level, Is.EqualTo(Lwm2mPathLevel.ResourceInstance));
        Assert.That(((Lwm2mSingleResource)device.Instance(0).Resource(0)).Value, Is.EqualTo(Lwm2mValue.String("ACME")));
    }

    [Test]
    public void Trees_built_separately_and_in_any_order_compare_equal()
    {
        var reordered = new Lwm2mObject(3,
            new Lwm2mObjectInstance(0,
                new Lwm2mSingleResource(13, Lwm2mValue.Time(1_700_000_000)),
                new Lwm2mMultipleResource(11,
                    new Lwm2mResourceInstance(1, Lwm2mValue.Integer(3)),
                    new Lwm2mResourceInstance(0, Lwm2mValue.Integer(0))),
                new Lwm2mSingleResource(0, Lwm2mValue.String("ACME"))));

        Assert.That(reordered, Is.EqualTo(Device(0, 3)));
        Assert.That(reordered.GetHashCode(), Is.EqualTo(Device(0, 3).GetHashCode()));
        Assert.That(Device(0, 3), Is.Not.EqualTo(Device(0, 4)));
        Assert.That(Device(0, 3), Is.Not.EqualTo(Device(0)));
    }

    [Test]
    public void Single_and_multiple_resources_with_one_value_differ()
    {
        var single = new Lwm2mSingleResource(5, Lwm2mValue.Integer(1));
        var multiple = Lwm2mMultipleResource.FromValues(5, Lwm2mValue.Integer(1));

        Assert.That((Lwm2mNode)single, Is.Not.EqualTo(multiple));
        Assert.That((Lwm2mNode)new Lwm2mResourceInstance(5, Lwm2mValue.Integer(1)), Is.Not.EqualTo(single));
    }

    [Test]
    public void Duplicate_ids_mixed_types_and_reserved_ids_are_refused()
    {
        Assert.Throws<ArgumentException>(() => _ = new Lwm2mObjectInstance(0,
            new Lwm2mSingleResource(1, Lwm2mValue.Integer(1)),
            new Lwm2mSingleResource(1, Lwm2mValue.Integer(2))));
        Assert.Throws<ArgumentException>(() => _ = new Lwm2mObject(3, new Lwm2mObjectInstance(0), new Lwm2mObjectInstance(0)));
        Assert.Throws<ArgumentException>(() => _ = Lwm2mMultipleResource.FromValues(7, Lwm2mValue.Integer(1), Lwm2mValue.UnsignedInteger(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new Lwm2mObjectInstance(65535));
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new Lwm2mResourceInstance(65535, Lwm2mValue.Integer(1)));
    }

    [Test]
    public void An_empty_multiple_resource_has_no_data_type()
    {
        var empty = new Lwm2mMultipleResource(11);

        Assert.That(empty.Instances, Is.Empty);
        Assert.That(empty.DataType, Is.Null);
        Assert.That(empty.ToString(), Is.EqualTo("Resource 11 = []"));
    }

    [Test]
    public void With_and_without_return_changed_copies()
    {
        var device = Device(0);
        var instance = device.Instance(0).With(new Lwm2mSingleResource(0, Lwm2mValue.String("Other"))).Without(13);
        var changed = device.With(instance);

        Assert.That(changed.Instance(0).Resources.Select(r => r.Id), Is.EqualTo(new[] { 0, 11 }));
        Assert.That(((Lwm2mSingleResource)changed.Instance(0).Resource(0)).Value, Is.EqualTo(Lwm2mValue.String("Other")));
        Assert.That(device, Is.EqualTo(Device(0)), "the original is unchanged");
        Assert.That(changed.Without(0).Instances, Is.Empty);
        Assert.That(((Lwm2mMultipleResource)device.Instance(0).Resource(11)).With(new Lwm2mResourceInstance(4, Lwm2mValue.Integer(2))).Instances, Has.Length.EqualTo(2));
    }

    [Test]
    public void Paths_find_nodes_inside_an_object()
    {
        var device = Device(0, 3);

        Assert.That(device.TryFind(Lwm2mPath.Parse("/3"), out var node) && ReferenceEquals(node, device), Is.True);
        Assert.That(device.TryFind(Lwm2mPath.Parse("/3/0/11/1"), out node), Is.True);
        Assert.That(node, Is.EqualTo(new Lwm2mResourceInstance(1, Lwm2mValue.Integer(3))));
        Assert.That(device.TryFind(Lwm2mPath.Parse("/3/0/0"), out node) && node is Lwm2mSingleResource, Is.True);
        Assert.That(device.TryFind(Lwm2mPath.Parse("/3/0/0/0"), out _), Is.False, "single resources have no instances");
        Assert.That(device.TryFind(Lwm2mPath.Parse("/3/1"), out _), Is.False);
        Assert.That(device.TryFind(Lwm2mPath.Parse("/4/0"), out _), Is.False);
        Assert.That(device.TryFind(Lwm2mPath.Root, out _), Is.False);
        Assert.That(device.Instance(0).TryGetResource(99, out _), Is.False);
        Assert.Throws<KeyNotFoundException>(() => device.Instance(7));
    }

    [Test]
    public void Diagnostic_text_shows_the_whole_tree_on_one_line()
    {
        Assert.That(Device(0, 3).ToString(), Is.EqualTo(
            "Object 3 { Instance 0 { Resource 0 = String(\"ACME\"), Resource 11 = [0 = Integer(0), 1 = Integer(3)], "
            + "Resource 13 = Time(1700000000 = 2023-11-14T22:13:20Z) } }"));
        Assert.That(new Lwm2mObject(5).ToString(), Is.EqualTo("Object 5 { }"));
        Assert.That(new Lwm2mResourceInstance(2, Lwm2mValue.Boolean(true)).ToString(), Is.EqualTo("Resource instance 2 = Boolean(true)"));
    }
}
