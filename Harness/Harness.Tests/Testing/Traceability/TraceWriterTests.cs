using System.Text.RegularExpressions;
using Harness.Testing.Metadata;
using Harness.Testing.Traceability;
using TestCases.Registration;

namespace Harness.Tests.Testing.Traceability;

/// <summary>The CSV, HTML and Markdown documents of the matrix.</summary>
public sealed class TraceWriterTests
{
    private static readonly TraceabilityMatrix Matrix = Build();

    private static TraceabilityMatrix Build()
    {
        var folder = Path.Combine(Path.GetTempPath(), "trace-" + Guid.NewGuid().ToString("N"));
        try
        {
            var results = RunResultsReader.Load(HandmadeResults.WriteTo(folder));
            var catalog = RequirementCatalogLoader.LoadFolder(CatalogFolder.Source);
            return TraceabilityMatrixBuilder.Build(catalog, TestCaseMetadataReader.ReadAll(typeof(InitialRegistration).Assembly), results);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void The_csv_parses_back_into_one_record_per_requirement()
    {
        var errors = new List<CatalogError>();

        var table = CsvTable.Parse("trace.csv", TraceCsvWriter.Write(Matrix), errors);

        Assert.That(errors, Is.Empty);
        Assert.That(table.Header, Is.EqualTo(TraceCsvWriter.Columns));
        Assert.That(table.Rows.Select(r => r.Fields.Count).Distinct(), Is.EqualTo(new[] { TraceCsvWriter.Columns.Count }));
        Assert.That(table.Rows.Select(r => r.Fields[0]), Is.EqualTo(Matrix.Rows.Select(r => r.Requirement.Id)));
        Assert.That(table.Rows.Select(r => r.Fields[^1]), Is.EqualTo(Matrix.Rows.Select(r => r.Requirement.Statement)), "statements with commas and quotes survive");
        var reg02 = table.Rows.Single(r => r.Fields[0] == "LwM2M-REG-02").Fields;
        Assert.That(reg02[5], Is.EqualTo("covered"));
        Assert.That(reg02[7], Is.EqualTo("InitialRegistration.Int101InitialRegistration: Pass"));
        Assert.That(table.Rows.Single(r => r.Fields[0] == "LwM2M-Trans-01").Fields[6], Does.StartWith("out of scope: "));
    }

    [Test]
    public void The_html_is_self_contained_and_shows_every_requirement()
    {
        var html = TraceHtmlWriter.Write(Matrix);

        Assert.That(Matrix.Rows.Select(r => r.Requirement.Id).Where(id => !html.Contains($"<td>{id}</td>", StringComparison.Ordinal)), Is.Empty);
        Assert.That(html, Does.Contain("<style>"));
        foreach (var element in new[] { "table", "tr", "td", "th", "ul", "li", "span" })
        {
            Assert.That(Regex.Count(html, $"<{element}[ >]"), Is.EqualTo(Regex.Count(html, $"</{element}>")), $"every <{element}> is closed");
        }

        Assert.That(html, Does.Not.Contain("<script"));
        Assert.That(html, Does.Not.Match("(src|href)=\"(https?:)?//"), "nothing is fetched from elsewhere");
        Assert.That(html, Does.Contain("<h2>Coverage by source</h2>"));
        Assert.That(html, Does.Contain("<h2>Coverage by category</h2>"));
        Assert.That(html, Does.Contain("<span class=\"Pass\">InitialRegistration.Int101InitialRegistration: Pass</span>"));
        Assert.That(html, Does.Contain("<li><b>LwM2M-INFO-03</b> (RD-1.2, InformationReporting): not yet covered</li>"));
        Assert.That(html, Does.Contain("<tr><td>LwM2M-CR-008-C-M</td>"));
    }

    [Test]
    public void The_markdown_has_the_counts_the_matrix_and_the_untested_list()
    {
        var markdown = TraceMarkdownWriter.Write(Matrix);

        Assert.That(markdown, Does.Contain("| RD-1.1 | 6 | 0 | 4 | 2 | 0 |"));
        Assert.That(markdown, Does.Contain("| LwM2M-REG-02 | RD-1.2 | Registration | covered | InitialRegistration.Int101InitialRegistration: Pass |"));
        Assert.That(markdown, Does.Contain("- **LightweightM2M-OSR-002** (RD-1.1, Transport): not observable on the wire: "));
        Assert.That(markdown, Does.Contain("Last verdicts from "));
        Assert.That(markdown, Does.Contain("| LwM2M-CR-008-C-M | 1.1 draft (2017-09-15) M | Support of \"Update\" operation | "));
        Assert.That(markdown.Split('\n').Where(line => line.StartsWith("| ", StringComparison.Ordinal)).Select(CellCount).Distinct().ToList(), Has.Count.LessThanOrEqualTo(3),
            "every table row has its table's column count (pipes inside cells are escaped)");
    }

    private static int CellCount(string line) => line.Replace("\\|", "", StringComparison.Ordinal).Count(c => c == '|');
}
