using Harness.Protocol.Lwm2m.Model;
using Harness.Protocol.Lwm2m.Model.Ddf;
using Harness.Runtime.Lwm2m;
using Harness.Tests.Protocol.Lwm2m;

namespace Harness.Tests.Runtime.Lwm2m;

public class ObjectModelFolderTests
{
    private string _folder = "";

    [SetUp]
    public void CreateFolder()
    {
        _folder = Path.Combine(Path.GetTempPath(), "lwm2m-objects-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void User_definitions_join_the_built_in_ones()
    {
        Write("tank.xml", DdfSamples.Document(DdfSamples.ValidItem));

        var registry = ObjectModelFolder.LoadRegistry(_folder);

        Assert.That(registry.GetLatest(42800).Name, Is.EqualTo("Tank"));
        Assert.That(registry.GetLatest(3).Version, Is.EqualTo(new VersionNumber(1, 2)));
        Assert.That(registry.Count, Is.EqualTo(BuiltInObjectModel.Registry.Count + 1));
    }

    [Test]
    public void A_user_file_replaces_the_built_in_definition_of_the_same_version()
    {
        var device = BuiltInObjectModel.Registry.Get(3, new VersionNumber(1, 2));
        var corrected = File.ReadAllText(Path.Combine(Support.RepositoryPaths.Fixture("Objects"), "3-1_2.xml"))
            .Replace("<Name>Device</Name>", "<Name>Corrected Device</Name>", StringComparison.Ordinal);
        Write("3-1_2.xml", corrected);

        var registry = ObjectModelFolder.LoadRegistry(_folder);

        Assert.That(registry.Get(3, new VersionNumber(1, 2)).Name, Is.EqualTo("Corrected Device"));
        Assert.That(registry.Count, Is.EqualTo(BuiltInObjectModel.Registry.Count));
        Assert.That(device.Name, Is.EqualTo("Device"), "the built-in registry is unchanged");
    }

    [Test]
    public void Faults_of_every_file_are_reported_together_with_their_file_names()
    {
        Write("a.xml", DdfSamples.Document(DdfSamples.ValidItem.Replace("<Type>Integer</Type>", "<Type>Int</Type>", StringComparison.Ordinal)));
        Write("b.xml", "<LWM2M>");

        var error = Assert.Throws<DdfFormatException>(() => ObjectModelFolder.Read(_folder));

        Assert.That(error.Errors.Select(e => Path.GetFileName(e.Source)), Is.EqualTo(new[] { "a.xml", "b.xml" }));
        Assert.That(error.Errors.All(e => e.Line > 0), Is.True);
    }

    [Test]
    public void Two_files_defining_the_same_object_version_are_refused()
    {
        Write("a.xml", DdfSamples.Document(DdfSamples.ValidItem));
        Write("b.xml", DdfSamples.Document(DdfSamples.ValidItem));

        var error = Assert.Throws<DdfFormatException>(() => ObjectModelFolder.Read(_folder));

        Assert.That(error.Errors.Single().Message, Does.Contain("already defined in").And.Contain("a.xml"));
    }

    [Test]
    public void Subfolders_are_read_only_when_asked()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "history"));
        Write(Path.Combine("history", "tank.xml"), DdfSamples.Document(DdfSamples.ValidItem));

        Assert.That(ObjectModelFolder.Read(_folder), Is.Empty);
        Assert.That(ObjectModelFolder.Read(_folder, recursive: true), Has.Count.EqualTo(1));
        Assert.Throws<DirectoryNotFoundException>(() => ObjectModelFolder.Read(Path.Combine(_folder, "missing")));
    }

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(_folder, name), text);
}
