using System.Text;

namespace Harness.Testing.Traceability;

/// <summary>The matrix as CSV (RFC 4180), one row per requirement; lists inside a field are separated by " | ".</summary>
public static class TraceCsvWriter
{
    public static IReadOnlyList<string> Columns { get; } =
        ["id", "document", "version", "category", "observable", "status", "untested_reason", "tests", "checks", "ets", "scr", "clauses", "statement"];

    public const string ListSeparator = " | ";

    public static string Write(TraceabilityMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var haveResults = matrix.Results is not null;
        var text = new StringBuilder();
        AppendRecord(text, Columns);
        foreach (var row in matrix.Rows)
        {
            AppendRecord(text, [
                row.Requirement.Id,
                row.Document.Key,
                row.Document.Version,
                row.Requirement.Category,
                TraceText.Observability(row.Requirement.Observability),
                TraceText.Status(row.Status),
                row.UntestedReason ?? "",
                string.Join(ListSeparator, row.Tests.Select(test => TraceText.Test(test, haveResults))),
                string.Join(ListSeparator, row.Checks.Select(TraceText.Check)),
                string.Join(ListSeparator, row.EtsIds),
                string.Join(ListSeparator, row.ScrIds),
                string.Join(ListSeparator, row.Clauses),
                row.Requirement.Statement,
            ]);
        }

        return text.ToString();
    }

    private static void AppendRecord(StringBuilder text, IEnumerable<string> fields)
    {
        text.AppendJoin(',', fields.Select(Quote)).Append('\n');
    }

    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : $"\"{field.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
