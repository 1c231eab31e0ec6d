using System.Globalization;
using System.Text;

namespace Harness.Testing.Traceability;

/// <summary>The matrix as Markdown: summary, coverage per source and per category, the matrix, the untested list and the problems.</summary>
public static class TraceMarkdownWriter
{
    public static string Write(TraceabilityMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var haveResults = matrix.Results is not null;
        var text = new StringBuilder();
        text.Append("# Requirement traceability\n\n");
        text.Append(TraceText.Summary(matrix)).Append("\n\n").Append(TraceText.ResultsLine(matrix)).Append("\n\n");

        text.Append("## Coverage by source\n\n");
        AppendCounts(text, "Source", matrix.BySource);
        text.Append("## Coverage by category\n\n");
        AppendCounts(text, "Category", matrix.ByCategory);

        text.Append("## Matrix\n\n");
        text.Append("| Requirement | Source | Category | Status | Test cases (last verdict) | Checks | ETS | SCR | Clauses | Statement |\n");
        text.Append("|---|---|---|---|---|---|---|---|---|---|\n");
        foreach (var row in matrix.Rows)
        {
            AppendCells(text, [
                row.Requirement.Id,
                $"{row.Document.Key}",
                row.Requirement.Category,
                TraceText.Status(row.Status),
                string.Join("<br>", row.Tests.Select(test => Cell(TraceText.Test(test, haveResults)))),
                string.Join("<br>", row.Checks.Select(check => Cell(TraceText.Check(check)))),
                string.Join("<br>", row.EtsIds),
                string.Join("<br>", row.ScrIds),
                string.Join("<br>", row.Clauses.Select(Cell)),
                Cell(row.Requirement.Statement),
            ]);
        }

        text.Append("\n## Untested requirements\n\n");
        foreach (var row in matrix.Untested)
        {
            text.Append(CultureInfo.InvariantCulture, $"- **{row.Requirement.Id}** ({row.Document.Key}, {row.Requirement.Category}): {row.UntestedReason}\n");
        }

        text.Append("\n## Static conformance items cited by test cases\n\n");
        text.Append("| SCR item | TS versions | Function | Test cases (last verdict) | Checks |\n|---|---|---|---|---|\n");
        foreach (var row in matrix.StaticConformanceRows)
        {
            AppendCells(text, [
                row.Id,
                Cell(string.Join("; ", row.Items.Select(item => $"{item.TsVersion} {item.Status}"))),
                Cell(row.Function),
                string.Join("<br>", row.Tests.Select(test => Cell(TraceText.Test(test, haveResults)))),
                row.CheckSummary,
            ]);
        }

        text.Append("\n## Problems in test cases\n\n");
        if (matrix.Problems.Count == 0)
        {
            text.Append("None: every requirement and ETS id the test cases cite is in the catalog.\n");
        }

        foreach (var problem in matrix.Problems)
        {
            text.Append(CultureInfo.InvariantCulture, $"- {problem.TestId}: {problem.Message}\n");
        }

        return text.ToString();
    }

    private static void AppendCounts(StringBuilder text, string group, IEnumerable<CoverageCount> counts)
    {
        text.Append(CultureInfo.InvariantCulture, $"| {group} | Requirements | Covered | Not yet covered | Not observable | Out of scope |\n");
        text.Append("|---|---:|---:|---:|---:|---:|\n");
        foreach (var count in counts)
        {
            text.Append(CultureInfo.InvariantCulture,
                $"| {count.Group} | {count.Total} | {count.Covered} | {count.NotYetCovered} | {count.NotObservable} | {count.OutOfScope} |\n");
        }

        text.Append('\n');
    }

    private static void AppendCells(StringBuilder text, IEnumerable<string> cells) =>
        text.Append("| ").AppendJoin(" | ", cells).Append(" |\n");

    // A cell is one line; a pipe would end it early.
    private static string Cell(string value) =>
        value.Replace("|", "\\|", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ');
}
