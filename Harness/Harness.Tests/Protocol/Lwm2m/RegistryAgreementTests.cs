using Harness.Protocol.Lwm2m.Model;
using Harness.Protocol.Lwm2m.Model.Ddf;
using Harness.Tests.Support;

namespace Harness.Tests.Protocol.Lwm2m;

/// <summary>
/// Our definitions against the OMA registry's own files (a reference copy next to the checkout), read with
/// our loader. Ids, types, operations, multiplicity and requirement must agree resource by resource; names,
/// ranges and units are only reported, since the registry files spell them unevenly (double spaces,
/// "0-255" beside "0..255", "/100" for percent).
/// </summary>
public class RegistryAgreementTests
{
    private static string RegistryFolder => Path.Combine(Directory.GetParent(RepositoryPaths.Root)!.FullName, "shared", "lwm2m-registry");

    private static string HistoryFolder => Path.Combine(RegistryFolder, "version_history");

    [Test]
    public void Every_built_in_definition_agrees_with_the_registry_file_of_its_version()
    {
        RequireRegistry();
        var differences = new List<string>();
        var notes = new List<string>();
        foreach (var ours in BuiltInObjectModel.Registry.Definitions)
        {
            var file = Path.Combine(HistoryFolder, $"{ours.Id}-{ours.Version.Major}_{ours.Version.Minor}.xml");
            if (!File.Exists(file))
            {
                differences.Add($"{ours}: the registry has no {Path.GetFileName(file)}");
                continue;
            }

            var theirs = ReadSingle(file);
            differences.AddRange(DefinitionComparison.Facts(ours, theirs));
            notes.AddRange(DefinitionComparison.Wording(ours, theirs));
        }

        foreach (var note in notes)
        {
            TestContext.Out.WriteLine(note);
        }

        Assert.That(differences, Is.Empty, string.Join(Environment.NewLine, differences));
    }

    [Test]
    public void Every_registry_version_of_our_objects_has_a_built_in_definition()
    {
        RequireRegistry();
        var ours = BuiltInObjectModel.Registry;
        var missing = Directory.EnumerateFiles(HistoryFolder, "*.xml")
            .Select(ReadSingle)
            .Where(d => ours.ObjectIds.Contains(d.Id) && !ours.TryGet(d.Id, d.Version, out _))
            .Select(d => d.ToString())
            .ToList();

        Assert.That(missing, Is.Empty);
    }

    [Test]
    public void The_registry_top_level_file_is_our_latest_version()
    {
        RequireRegistry();
        var differences = new List<string>();
        foreach (var id in BuiltInObjectModel.Registry.ObjectIds)
        {
            var latest = ReadSingle(Path.Combine(RegistryFolder, $"{id}.xml"));
            var ours = BuiltInObjectModel.Registry.GetLatest(id);
            if (ours.Version != latest.Version)
            {
                differences.Add($"object {id}: our latest is {ours.Version}, the registry's is {latest.Version}");
            }

            differences.AddRange(DefinitionComparison.Facts(ours, latest));
        }

        Assert.That(differences, Is.Empty, string.Join(Environment.NewLine, differences));
    }

    private static ObjectDefinition ReadSingle(string file)
    {
        using var stream = File.OpenRead(file);
        var definitions = DdfReader.Read(stream, file);
        Assert.That(definitions, Has.Count.EqualTo(1), file);
        return definitions[0];
    }

    private static void RequireRegistry()
    {
        if (!Directory.Exists(HistoryFolder))
        {
            Assert.Ignore($"The OMA registry reference copy is not present at {RegistryFolder}; agreement not checked.");
        }
    }
}
