using Harness.Testing.Metadata;
using Harness.Testing.Traceability;

namespace Harness.Tests.Testing.Traceability;

/// <summary>The catalog of Fixtures/Requirements: it loads, its ids are unique and well-formed, the built-in copy is the same.</summary>
public sealed class RequirementCatalogTests
{
    private static readonly RequirementCatalog Catalog = RequirementCatalogLoader.LoadFolder(CatalogFolder.Source);

    [Test]
    public void The_catalog_loads_without_errors_and_holds_every_part()
    {
        Assert.That(Catalog.Documents.Select(d => d.Key), Is.EqualTo(new[] { "RD-1.2", "RD-1.1", "ERELD-1.0.2", "TS-1.0-draft" }));
        Assert.That(Catalog.Requirements, Has.Count.EqualTo(66));
        Assert.That(Catalog.StaticConformanceItems, Has.Count.EqualTo(287));
        Assert.That(Catalog.EtsTestCases, Has.Count.EqualTo(252));
        Assert.That(Catalog.Links, Has.Count.GreaterThan(50));
    }

    [Test]
    public void The_built_in_copy_is_the_fixture_folder()
    {
        var builtIn = RequirementCatalogLoader.LoadBuiltIn();

        Assert.That(builtIn.Requirements, Is.EqualTo(Catalog.Requirements));
        Assert.That(builtIn.StaticConformanceItems, Is.EqualTo(Catalog.StaticConformanceItems));
        Assert.That(builtIn.EtsTestCases, Is.EqualTo(Catalog.EtsTestCases));
        Assert.That(builtIn.Links, Is.EqualTo(Catalog.Links));
    }

    [Test]
    public void Each_id_is_unique()
    {
        Assert.That(Catalog.Requirements.Select(r => r.Id), Is.Unique);
        Assert.That(Catalog.EtsTestCases.Select(e => e.Id), Is.Unique);
        // An SCR id recurs across TS versions (LwM2M-CR-001-S-M in the 1.1 draft and in 1.1.1); with its version it is unique.
        Assert.That(Catalog.StaticConformanceItems.Select(s => (s.Id, s.TsVersion)), Is.Unique);
    }

    [Test]
    public void Every_requirement_id_is_one_a_test_case_may_cite()
    {
        Assert.That(Catalog.Requirements.Select(r => r.Id).Where(id => !ConformanceIds.IsRequirementId(id)), Is.Empty);
        Assert.That(Catalog.StaticConformanceItems.Select(s => s.Id).Where(id => !ConformanceIds.IsRequirementId(id)), Is.Empty);
    }

    [Test]
    public void Every_requirement_says_why_it_is_or_is_not_observable()
    {
        Assert.That(Catalog.Requirements.Where(r => r.ObservabilityReason.Length < 10 || r.Statement.Length < 10).Select(r => r.Id), Is.Empty);
        Assert.That(Catalog.Requirements.Count(r => r.Observability == Observability.Wire), Is.EqualTo(40));
        Assert.That(Catalog.Requirements.Count(r => r.Observability == Observability.NotObservable), Is.EqualTo(3));
        Assert.That(Catalog.Requirements.Count(r => r.Observability == Observability.OutOfScope), Is.EqualTo(23));
    }

    [Test]
    public void Links_point_at_entries_of_the_catalog()
    {
        foreach (var link in Catalog.Links)
        {
            Assert.That(Catalog.FindRequirement(link.RequirementId), Is.Not.Null, link.ToString());
            if (link.Kind == LinkKind.Ets)
            {
                Assert.That(Catalog.FindEtsTestCase(link.Target), Is.Not.Null, link.ToString());
            }
            else if (link.Kind == LinkKind.Scr)
            {
                Assert.That(Catalog.FindStaticConformanceItem(link.Target), Is.Not.Empty, link.ToString());
            }
        }
    }
}
