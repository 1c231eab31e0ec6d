using Harness.Testing.Metadata;
using Harness.Tests.Support;

namespace Harness.Tests.Testing.Metadata;

/// <summary>The id formats accept every id of the shared catalog (kept beside the checkout, not in it).</summary>
public class CatalogIdFormatTests
{
    private static string CatalogFile(string name) => Path.Combine(RepositoryPaths.Root, "..", "shared", "catalog", name);

    private static List<string> FirstColumn(string name)
    {
        var path = CatalogFile(name);
        if (!File.Exists(path))
        {
            Assert.Ignore($"catalog {path} is not beside this checkout");
        }

        return [.. File.ReadLines(path).Skip(1).Where(line => line.Length > 0).Select(line => line.Split(',')[0])];
    }

    [Test]
    public void Every_ets_id_of_the_catalog_is_accepted()
    {
        var ids = FirstColumn("ets-test-cases.csv");

        Assert.That(ids, Has.Count.GreaterThan(200));
        Assert.That(ids.Where(id => !ConformanceIds.IsEtsId(id)), Is.Empty);
    }

    [Test]
    public void Every_static_conformance_id_of_the_catalog_is_accepted()
    {
        var ids = FirstColumn("scr-items.csv");

        Assert.That(ids, Has.Count.GreaterThan(200));
        Assert.That(ids.Where(id => !ConformanceIds.IsStaticConformanceId(id)), Is.Empty);
    }
}
