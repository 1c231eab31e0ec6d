using Harness.Protocol.Lwm2m;

namespace Harness.Tests.Protocol.Lwm2m;

public class Lwm2mPathRelationTests
{
    [Test]
    public void Default_is_the_root()
    {
        Assert.That(default(Lwm2mPath), Is.EqualTo(Lwm2mPath.Root));
        Assert.That(Lwm2mPath.Root.IsRoot, Is.True);
        Assert.That(Lwm2mPath.Root.ToString(), Is.EqualTo("/"));
    }

    [TestCase(65535)]
    [TestCase(-1)]
    [TestCase(70000)]
    public void Constructors_refuse_ids_outside_0_to_65534(int id)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new Lwm2mPath(id));
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new Lwm2mPath(3, id));
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new Lwm2mPath(3, 0, id));
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new Lwm2mPath(3, 0, 11, id));
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = Lwm2mPath.Root.Child(id));
    }

    [Test]
    public void Parent_and_child_walk_the_levels()
    {
        var resourceInstance = new Lwm2mPath(3, 0, 11, 1);

        Assert.That(resourceInstance.Parent, Is.EqualTo(new Lwm2mPath(3, 0, 11)));
        Assert.That(resourceInstance.Parent.Parent.Parent.Parent, Is.EqualTo(Lwm2mPath.Root));
        Assert.That(Lwm2mPath.Root.Child(3).Child(0).Child(11).Child(1), Is.EqualTo(resourceInstance));
        Assert.That(resourceInstance.Truncate(2), Is.EqualTo(new Lwm2mPath(3, 0)));
        Assert.Throws<InvalidOperationException>(() => _ = Lwm2mPath.Root.Parent);
        Assert.Throws<InvalidOperationException>(() => resourceInstance.Child(0));
    }

    [Test]
    public void Prefix_tests_distinguish_self_ancestor_and_parent()
    {
        var obj = new Lwm2mPath(3);
        var resource = new Lwm2mPath(3, 0, 9);

        Assert.That(resource.StartsWith(obj), Is.True);
        Assert.That(resource.StartsWith(resource), Is.True);
        Assert.That(resource.StartsWith(Lwm2mPath.Root), Is.True);
        Assert.That(resource.StartsWith(new Lwm2mPath(30)), Is.False);
        Assert.That(obj.StartsWith(resource), Is.False);

        Assert.That(obj.IsAncestorOf(resource), Is.True);
        Assert.That(resource.IsAncestorOf(resource), Is.False);
        Assert.That(obj.IsParentOf(resource), Is.False);
        Assert.That(new Lwm2mPath(3, 0).IsParentOf(resource), Is.True);
        Assert.That(new Lwm2mPath(3, 1).IsAncestorOf(resource), Is.False);
    }

    [Test]
    public void Paths_sort_depth_first_by_numeric_id()
    {
        var sorted = new[] { "/4", "/3/0/11/1", "/3/0/2", "/3/0/11", "/", "/3/1", "/3", "/3/0", "/10" }
            .Select(Lwm2mPath.Parse)
            .Order()
            .Select(p => p.ToString());

        Assert.That(sorted, Is.EqualTo(new[] { "/", "/3", "/3/0", "/3/0/2", "/3/0/11", "/3/0/11/1", "/3/1", "/4", "/10" }));
        Assert.That(new Lwm2mPath(3) < new Lwm2mPath(3, 0), Is.True);
        Assert.That(new Lwm2mPath(4) > new Lwm2mPath(3, 9), Is.True);
    }

    [Test]
    public void Equal_paths_have_equal_hashes_and_different_levels_differ()
    {
        Assert.That(Lwm2mPath.Parse("/3/0"), Is.EqualTo(new Lwm2mPath(3, 0)));
        Assert.That(Lwm2mPath.Parse("/3/0").GetHashCode(), Is.EqualTo(new Lwm2mPath(3, 0).GetHashCode()));
        Assert.That(new Lwm2mPath(3, 0), Is.Not.EqualTo(new Lwm2mPath(3, 0, 0)));
        Assert.That(new Lwm2mPath(0), Is.Not.EqualTo(Lwm2mPath.Root));
    }

    [Test]
    public void Indexer_reaches_only_present_ids()
    {
        var path = new Lwm2mPath(3, 0);

        Assert.That(path[0], Is.EqualTo(3));
        Assert.That(path[1], Is.Zero);
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = path[2]);
        Assert.That(Lwm2mPath.FromIds([5, 6, 7]), Is.EqualTo(new Lwm2mPath(5, 6, 7)));
        Assert.Throws<ArgumentException>(() => Lwm2mPath.FromIds([1, 2, 3, 4, 5]));
    }
}
