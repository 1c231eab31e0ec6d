using Harness.Testing.Traceability;
using Harness.Tests.Support;

namespace Harness.Tests.Testing.Traceability;

/// <summary>
/// Every requirement label of the seed documents (kept beside the checkout in shared/seeds, not shipped) is in the
/// catalog under its document, and every other label-shaped token is listed in seed-non-requirements.csv with a reason.
/// </summary>
public sealed class SeedCoverageTests
{
    private static readonly RequirementCatalog Catalog = RequirementCatalogLoader.LoadFolder(CatalogFolder.Source);

    private static string SeedFolder()
    {
        string[] candidates = [Path.Combine(RepositoryPaths.Root, "..", "shared", "seeds"), "/work/shared/seeds"];
        var folder = candidates.FirstOrDefault(Directory.Exists);
        if (folder is null)
        {
            Assert.Ignore($"the seed documents are not reachable (looked in {string.Join(" and ", candidates)}); nothing to compare");
        }

        return folder!;
    }

    private static List<(string Token, string Document)> NonRequirements()
    {
        var errors = new List<CatalogError>();
        var table = CsvTable.Parse("seed-non-requirements.csv", File.ReadAllText(Path.Combine(CatalogFolder.Source, "seed-non-requirements.csv")), errors);
        Assert.That(errors, Is.Empty);
        return [.. table.Rows.Select(row => (row.Fields[0], row.Fields[1]))];
    }

    private static IEnumerable<string> TokensOf(string folder, SourceDocument document) =>
        document.Seeds.Where(seed => File.Exists(Path.Combine(folder, seed)))
            .SelectMany(seed => SeedIdExtractor.Extract(File.ReadAllText(Path.Combine(folder, seed))))
            .Distinct(StringComparer.Ordinal);

    [Test]
    public void Every_seed_file_belongs_to_a_document_of_the_catalog()
    {
        var folder = SeedFolder();
        var listed = Catalog.Documents.SelectMany(d => d.Seeds).ToHashSet(StringComparer.Ordinal);

        Assert.That(Directory.GetFiles(folder, "*.txt").Select(Path.GetFileName).Where(name => !listed.Contains(name!)), Is.Empty);
    }

    [Test]
    public void Every_requirement_label_of_each_seed_document_is_in_the_catalog_and_nothing_more()
    {
        var folder = SeedFolder();
        var excluded = NonRequirements();
        foreach (var document in Catalog.Documents)
        {
            var found = TokensOf(folder, document).Where(token => !excluded.Contains((token, document.Key))).ToList();
            var catalogued = Catalog.Requirements.Where(r => r.Document == document.Key).Select(r => r.Id).ToList();

            Assert.That(found.Except(catalogued), Is.Empty, $"labels of {document.Key} ({string.Join(", ", document.Seeds)}) missing from the catalog");
            Assert.That(catalogued.Except(found), Is.Empty, $"catalog requirements of {document.Key} that its seeds do not contain");
        }
    }

    [Test]
    public void The_counts_are_those_grep_finds()
    {
        var folder = SeedFolder();
        var counts = Catalog.Documents.ToDictionary(d => d.Key, d => TokensOf(folder, d).Count(token => !NonRequirements().Contains((token, d.Key))));

        Assert.That(counts, Is.EquivalentTo(new Dictionary<string, int> { ["RD-1.2"] = 59, ["RD-1.1"] = 6, ["ERELD-1.0.2"] = 1, ["TS-1.0-draft"] = 0 }));
    }

    [Test]
    public void Every_listed_non_requirement_token_occurs_in_its_document()
    {
        var folder = SeedFolder();
        foreach (var (token, documentKey) in NonRequirements())
        {
            var document = Catalog.FindDocument(documentKey);

            Assert.That(document, Is.Not.Null, $"{token}: unknown document {documentKey}");
            Assert.That(TokensOf(folder, document!), Does.Contain(token), $"{token} no longer occurs in {documentKey}; drop it from the list");
        }
    }
}
