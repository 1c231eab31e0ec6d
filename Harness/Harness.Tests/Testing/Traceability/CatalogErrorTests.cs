using Harness.Testing.Traceability;

namespace Harness.Tests.Testing.Traceability;

/// <summary>A broken catalog is reported line by line as file:line: message, every error at once.</summary>
public sealed class CatalogErrorTests
{
    private static IReadOnlyList<string> Errors(CatalogFolder folder)
    {
        var exception = Assert.Throws<CatalogException>(() => RequirementCatalogLoader.LoadFolder(folder.Path))!;
        return [.. exception.Errors.Select(e => e.ToString())];
    }

    [Test]
    public void A_broken_requirement_line_is_reported_with_its_line_number()
    {
        using var folder = new CatalogFolder();
        folder.ReplaceLine("requirements.csv", 5, "Gw-Enab-01,RD-9.9,Gateways,maybe,,A gateway.");

        var errors = Errors(folder);

        var file = folder.File("requirements.csv");
        Assert.That(errors, Is.EqualTo(new[]
        {
            $"{file}:5: observable_reason is empty",
        }));
    }

    [Test]
    public void Every_wrong_value_of_a_line_is_reported()
    {
        using var folder = new CatalogFolder();
        folder.ReplaceLine("requirements.csv", 5, "Gw-Enab-01,RD-9.9,Gateways,maybe,a reason,A gateway.");

        var errors = Errors(folder);

        var file = folder.File("requirements.csv");
        Assert.That(errors, Is.EqualTo(new[]
        {
            $"{file}:5: unknown document \"RD-9.9\"; known: RD-1.2, RD-1.1, ERELD-1.0.2, TS-1.0-draft",
            $"{file}:5: unknown category \"Gateways\"; expected one of {string.Join(", ", RequirementCatalogLoader.Categories)}",
            $"{file}:5: observable is \"maybe\"; expected wire, not-observable or out-of-scope",
        }));
    }

    [Test]
    public void Duplicates_wrong_widths_unclosed_quotes_and_dangling_links_are_errors()
    {
        using var folder = new CatalogFolder();
        folder.Append("requirements.csv", "LwM2M-REG-01,RD-1.2,Registration,wire,a reason,Again.\nLwM2M-REG-77,RD-1.2\n");
        folder.Append("links.csv", "LwM2M-REG-01,ets,LightweightM2M-1.1-int-9999,\nLwM2M-REG-01,scr,LwM2M-XX-001-C-M,\n");
        folder.Append("ets-test-cases.csv", "LightweightM2M-1.1-int-101,1.1,client,registration,\"Initial Registration,clause\n");

        var errors = Errors(folder);

        var requirements = folder.File("requirements.csv");
        var links = folder.File("links.csv");
        var linkLines = File.ReadAllLines(links).Length;
        var requirementLines = File.ReadAllLines(requirements).Length;
        Assert.That(errors, Is.EquivalentTo(new[]
        {
            $"{folder.File("ets-test-cases.csv")}:{File.ReadAllLines(folder.File("ets-test-cases.csv")).Length}: a quoted field is not closed",
            $"{requirements}:{requirementLines - 1}: requirement LwM2M-REG-01 appears twice",
            $"{requirements}:{requirementLines}: expected 6 fields (id,document,category,observable,observable_reason,statement), found 2",
            $"{links}:{linkLines - 1}: unknown ETS test case \"LightweightM2M-1.1-int-9999\"",
            $"{links}:{linkLines}: unknown SCR item \"LwM2M-XX-001-C-M\"",
        }));
    }

    [Test]
    public void A_missing_or_misnamed_column_is_reported_on_line_1()
    {
        using var folder = new CatalogFolder();
        folder.ReplaceLine("scr-items.csv", 1, "id,ts_version,side,state,function,clause");

        var errors = Errors(folder);

        var file = folder.File("scr-items.csv");
        Assert.That(errors, Does.Contain($"{file}:1: unknown column \"state\"; expected id, ts_version, side, status, function, clause"));
        Assert.That(errors, Does.Contain($"{file}:1: missing column \"status\""));
    }

    [Test]
    public void A_missing_file_is_named()
    {
        using var folder = new CatalogFolder();
        File.Delete(folder.File("links.csv"));

        Assert.That(Errors(folder), Is.EqualTo(new[] { $"{folder.File("links.csv")}: file not found" }));
    }
}
