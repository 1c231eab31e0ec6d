using Harness.Protocol.Lwm2m.Model;
using Harness.Protocol.Lwm2m.Values;

namespace Harness.Tests.Protocol.Lwm2m;

public class ObjectModelRegistryTests
{
    private static ObjectDefinition Tank(int major, int minor, int lwm2mMinor = 1, string name = "Tank") => new()
    {
        Id = 42800,
        Name = name,
        Version = new VersionNumber(major, minor),
        Lwm2mVersion = new VersionNumber(1, lwm2mMinor),
        IsMultiple = true,
        IsMandatory = false,
        Resources =
        [
            new ResourceDefinition { Id = 1, Name = "Refill", Operations = ResourceOperations.Execute, IsMultiple = false, IsMandatory = false, DataType = Lwm2mDataType.None },
            new ResourceDefinition { Id = 0, Name = "Level", Operations = ResourceOperations.Read, IsMultiple = false, IsMandatory = true, DataType = Lwm2mDataType.Integer },
        ],
    };

    [Test]
    public void Versions_are_kept_oldest_first_and_latest_is_the_highest()
    {
        var registry = new ObjectModelRegistry([Tank(2, 0), Tank(1, 0, lwm2mMinor: 0), Tank(1, 10)]);

        Assert.That(registry.Versions(42800).Select(d => d.Version.ToString()), Is.EqualTo(new[] { "1.0", "1.10", "2.0" }));
        Assert.That(registry.GetLatest(42800).Version, Is.EqualTo(new VersionNumber(2, 0)));
        Assert.That(registry.TryGetLatest(42800, VersionNumber.Default, out var old) && old.Version == VersionNumber.Default, Is.True);
        Assert.That(registry.Versions(7), Is.Empty);
        Assert.That(registry.TryGetLatest(7, out _), Is.False);
        Assert.That(registry.ObjectIds, Is.EqualTo(new[] { 42800 }));
        Assert.That(registry.Count, Is.EqualTo(3));
    }

    [Test]
    public void Unknown_versions_name_the_known_ones()
    {
        var registry = new ObjectModelRegistry([Tank(1, 0), Tank(1, 1)]);

        var error = Assert.Throws<KeyNotFoundException>(() => registry.Get(42800, new VersionNumber(1, 2)));

        Assert.That(error.Message, Does.Contain("known: 1.0, 1.1"));
        Assert.Throws<KeyNotFoundException>(() => registry.GetLatest(5));
    }

    [Test]
    public void The_same_object_version_twice_is_refused_and_With_replaces_it()
    {
        Assert.Throws<ArgumentException>(() => _ = new ObjectModelRegistry([Tank(1, 0), Tank(1, 0)]));

        var registry = new ObjectModelRegistry([Tank(1, 0), Tank(1, 1)]).With([Tank(1, 1, name: "Big tank"), Tank(1, 2)]);

        Assert.That(registry.Get(42800, new VersionNumber(1, 1)).Name, Is.EqualTo("Big tank"));
        Assert.That(registry.Count, Is.EqualTo(3));
    }

    [Test]
    public void Definitions_sort_their_resources_and_compare_by_value()
    {
        var tank = Tank(1, 1);

        Assert.That(tank.Resources.Select(r => r.Id), Is.EqualTo(new[] { 0, 1 }));
        Assert.That(tank, Is.EqualTo(Tank(1, 1)));
        Assert.That(tank, Is.Not.EqualTo(Tank(1, 1, name: "Other")));
        Assert.That(tank.Urn, Is.EqualTo("urn:oma:lwm2m:x:42800:1.1"));
        Assert.That(tank.TryGetResource(2, out _), Is.False);
        Assert.Throws<KeyNotFoundException>(() => tank.Resource(2));
        Assert.Throws<ArgumentException>(() => _ = tank with { Resources = [tank.Resources[0], tank.Resources[0]] });
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = tank with { Id = 65535 });
    }

    [TestCase(3, 1, 0, "urn:oma:lwm2m:oma:3")]
    [TestCase(3, 1, 2, "urn:oma:lwm2m:oma:3:1.2")]
    [TestCase(3303, 1, 1, "urn:oma:lwm2m:ext:3303:1.1")]
    [TestCase(10241, 1, 0, "urn:oma:lwm2m:x:10241")]
    public void Urns_follow_the_id_ranges(int id, int major, int minor, string urn)
    {
        Assert.That(ObjectUrn.Format(id, new VersionNumber(major, minor)), Is.EqualTo(urn));
        Assert.That(ObjectUrn.TryParse(urn, out _, out var parsedId, out var version), Is.True);
        Assert.That((parsedId, version), Is.EqualTo((id, new VersionNumber(major, minor))));
    }

    [TestCase("urn:oma:lwm2m:oma")]
    [TestCase("urn:oma:lwm2m:foo:3")]
    [TestCase("urn:oma:lwm2m:oma:03")]
    [TestCase("urn:oma:lwm2m:oma:3:1")]
    [TestCase("urn:oma:lwm2m:oma:3:1.2:4")]
    [TestCase("urn:oma:lwm2m:oma:65535")]
    public void Malformed_urns_are_refused(string urn)
    {
        Assert.That(ObjectUrn.TryParse(urn, out _, out _, out _), Is.False);
    }

    [TestCase("1.0", 1, 0)]
    [TestCase("2.10", 2, 10)]
    public void Versions_parse_strictly(string text, int major, int minor)
    {
        Assert.That(VersionNumber.Parse(text), Is.EqualTo(new VersionNumber(major, minor)));
        Assert.That(VersionNumber.Parse(text).ToString(), Is.EqualTo(text));
    }

    [TestCase("1")]
    [TestCase("1.")]
    [TestCase("01.0")]
    [TestCase("1.0.0")]
    [TestCase(" 1.0")]
    [TestCase("-1.0")]
    public void Malformed_versions_are_refused(string text)
    {
        Assert.That(VersionNumber.TryParse(text, out _), Is.False);
        Assert.Throws<FormatException>(() => VersionNumber.Parse(text));
    }

    [Test]
    public void Versions_order_numerically()
    {
        Assert.That(new VersionNumber(1, 10) > new VersionNumber(1, 2), Is.True);
        Assert.That(new VersionNumber(2, 0) > new VersionNumber(1, 10), Is.True);
    }
}
