using System.Globalization;
using System.Net;
using System.Text;

namespace Harness.Testing.Traceability;

/// <summary>The matrix as one self-contained HTML page: inline CSS, no scripts, no external resources.</summary>
public static class TraceHtmlWriter
{
    private const string Style = """
        body { font-family: system-ui, sans-serif; margin: 2em; color: #222; }
        table { border-collapse: collapse; margin-bottom: 2em; }
        th, td { border: 1px solid #ccc; padding: 0.3em 0.5em; vertical-align: top; text-align: left; }
        th { background: #f0f0f0; }
        td.n { text-align: right; }
        td ul { margin: 0; padding-left: 1.2em; }
        .covered { background: #e3f5e1; }
        .not-yet-covered { background: #fff4d6; }
        .not-observable { background: #ececec; }
        .out-of-scope { background: #f4f4f4; color: #666; }
        .Pass { color: #1a7f37; } .Fail, .Error, .OutOfTime { color: #c62828; font-weight: bold; } .Inconclusive { color: #b26a00; }
        """;

    public static string Write(TraceabilityMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Requirement traceability</title>\n");
        html.Append("<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n<h1>Requirement traceability</h1>\n");
        html.Append(CultureInfo.InvariantCulture, $"<p>{E(TraceText.Summary(matrix))}</p>\n<p>{E(TraceText.ResultsLine(matrix))}</p>\n");

        html.Append("<h2>Coverage by source</h2>\n");
        AppendCounts(html, "Source", matrix.BySource);
        html.Append("<h2>Coverage by category</h2>\n");
        AppendCounts(html, "Category", matrix.ByCategory);

        html.Append("<h2>Matrix</h2>\n<table>\n<tr><th>Requirement</th><th>Source</th><th>Category</th><th>Status</th>" +
            "<th>Test cases (last verdict)</th><th>Checks</th><th>ETS</th><th>SCR</th><th>Clauses</th><th>Statement</th></tr>\n");
        foreach (var row in matrix.Rows)
        {
            AppendRow(html, row, matrix.Results is not null);
        }

        html.Append("</table>\n<h2>Untested requirements</h2>\n<ul>\n");
        foreach (var row in matrix.Untested)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li><b>{E(row.Requirement.Id)}</b> ({E(row.Document.Key)}, {E(row.Requirement.Category)}): {E(row.UntestedReason ?? "")}</li>\n");
        }

        html.Append("</ul>\n<h2>Static conformance items cited by test cases</h2>\n<table>\n" +
            "<tr><th>SCR item</th><th>TS versions</th><th>Function</th><th>Test cases (last verdict)</th><th>Checks</th></tr>\n");
        foreach (var row in matrix.StaticConformanceRows)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(row.Id)}</td><td>{string.Join("<br>", row.Items.Select(item => E($"{item.TsVersion} {item.Status}")))}</td><td>{E(row.Function)}</td><td>");
            AppendList(html, row.Tests.Select(test => $"<span class=\"{E(test.Verdict ?? "")}\">{E(TraceText.Test(test, matrix.Results is not null))}</span>"));
            html.Append(CultureInfo.InvariantCulture, $"</td><td>{E(row.CheckSummary)}</td></tr>\n");
        }

        html.Append("</table>\n<h2>Problems in test cases</h2>\n");
        html.Append(matrix.Problems.Count == 0 ? "<p>None: every requirement and ETS id the test cases cite is in the catalog.</p>\n" : "<ul>\n");
        foreach (var problem in matrix.Problems)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li>{E(problem.TestId)}: {E(problem.Message)}</li>\n");
        }

        html.Append(matrix.Problems.Count == 0 ? "" : "</ul>\n").Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendRow(StringBuilder html, TraceRow row, bool haveResults)
    {
        var status = TraceText.Status(row.Status);
        html.Append(CultureInfo.InvariantCulture, $"<tr id=\"{E(row.Requirement.Id)}\" class=\"{status.Replace(' ', '-')}\">");
        html.Append(CultureInfo.InvariantCulture, $"<td>{E(row.Requirement.Id)}</td><td>{E(row.Document.Key)} ({E(row.Document.Version)})</td><td>{E(row.Requirement.Category)}</td>");
        html.Append(CultureInfo.InvariantCulture, $"<td>{E(status)}{(row.Status is TraceStatus.NotObservable or TraceStatus.OutOfScope ? $"<br><small>{E(row.Requirement.ObservabilityReason)}</small>" : "")}</td>");
        html.Append("<td>");
        AppendList(html, row.Tests.Select(test => $"<span class=\"{E(test.Verdict ?? "")}\">{E(TraceText.Test(test, haveResults))}</span>"));
        html.Append("</td><td>");
        AppendList(html, row.Checks.Select(check => $"<span class=\"{E(check.Verdict)}\">{E(TraceText.Check(check))}</span>"));
        html.Append(CultureInfo.InvariantCulture, $"</td><td>{string.Join("<br>", row.EtsIds.Select(E))}</td><td>{string.Join("<br>", row.ScrIds.Select(E))}</td>");
        html.Append(CultureInfo.InvariantCulture, $"<td>{string.Join("<br>", row.Clauses.Select(E))}</td><td>{E(row.Requirement.Statement)}</td></tr>\n");
    }

    private static void AppendList(StringBuilder html, IEnumerable<string> items)
    {
        var list = items.ToList();
        if (list.Count > 0)
        {
            html.Append("<ul>").AppendJoin("", list.Select(item => $"<li>{item}</li>")).Append("</ul>");
        }
    }

    private static void AppendCounts(StringBuilder html, string group, IEnumerable<CoverageCount> counts)
    {
        html.Append(CultureInfo.InvariantCulture, $"<table>\n<tr><th>{group}</th><th>Requirements</th><th>Covered</th><th>Not yet covered</th><th>Not observable</th><th>Out of scope</th></tr>\n");
        foreach (var count in counts)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{E(count.Group)}</td><td class=\"n\">{count.Total}</td><td class=\"n\">{count.Covered}</td><td class=\"n\">{count.NotYetCovered}</td><td class=\"n\">{count.NotObservable}</td><td class=\"n\">{count.OutOfScope}</td></tr>\n");
        }

        html.Append("</table>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
