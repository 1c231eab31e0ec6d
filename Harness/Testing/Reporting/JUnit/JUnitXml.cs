using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Harness.Testing.Suite;
using Harness.Testing.Verdicts;

namespace Harness.Testing.Reporting.JUnit;

/// <summary>
/// The JUnit XML form of a run, for CI systems: &lt;testsuites&gt; holding one &lt;testsuite&gt; per LwM2M interface
/// and one &lt;testcase&gt; per test (classname = test class, name = ETS ids and method, time in seconds).
/// </summary>
/// <remarks>
/// Verdicts: Fail and OutOfTime are &lt;failure&gt;, Error is &lt;error&gt;, NotApplicable and Inconclusive are
/// &lt;skipped&gt; (JUnit has no "inconclusive"; neither judged the DUT a failure, and the run's exit code agrees),
/// Pass has no child. Each failure/error/skip carries "Verdict: reason" as its message and the deciding checks
/// (clause, expected, actual) as its text; the test's output goes to &lt;system-out&gt;.
/// </remarks>
public static class JUnitXml
{
    public const string FileName = "junit.xml";

    /// <summary>The document for <paramref name="results"/>, suites in order of first appearance.</summary>
    public static XDocument Build(IReadOnlyList<SuiteTestResult> results, string name)
    {
        ArgumentNullException.ThrowIfNull(results);
        var suites = results.GroupBy(result => result.TestCase.Interface ?? "Unspecified interface").Select(Suite).ToList();
        var root = new XElement("testsuites", new XAttribute("name", name));
        AddCounts(root, results);
        root.Add(suites);
        return new XDocument(new XDeclaration("1.0", "utf-8", null), root);
    }

    /// <summary>The document as text, with characters XML cannot carry replaced.</summary>
    public static string Text(XDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var writer = new Utf8StringWriter();
        using (var xml = XmlWriter.Create(writer, new XmlWriterSettings { Indent = true }))
        {
            document.Save(xml);
        }

        return writer.ToString();
    }

    private static XElement Suite(IGrouping<string, SuiteTestResult> group)
    {
        var suite = new XElement("testsuite", new XAttribute("name", group.Key));
        AddCounts(suite, [.. group]);
        if (group.Select(result => result.Start).OfType<DateTimeOffset>().DefaultIfEmpty().Min() is { } first && first != default)
        {
            suite.Add(new XAttribute("timestamp", first.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture)));
        }

        suite.Add(new XAttribute("hostname", Clean(Environment.MachineName)));
        suite.Add(group.Select(TestCase));
        return suite;
    }

    private static void AddCounts(XElement element, IReadOnlyList<SuiteTestResult> results)
    {
        element.Add(
            new XAttribute("tests", results.Count),
            new XAttribute("failures", results.Count(result => Kind(result.Overall) == "failure")),
            new XAttribute("errors", results.Count(result => Kind(result.Overall) == "error")),
            new XAttribute("skipped", results.Count(result => Kind(result.Overall) == "skipped")),
            new XAttribute("time", Seconds(results.Aggregate(TimeSpan.Zero, (sum, result) => sum + result.Duration))));
    }

    private static XElement TestCase(SuiteTestResult result)
    {
        var id = result.TestCase.Id;
        var classEnd = id.LastIndexOf('.');
        var className = classEnd > 0 ? id[..classEnd] : id;
        var method = result.FullName.StartsWith(className + ".", StringComparison.Ordinal) ? result.FullName[(className.Length + 1)..] : result.FullName;
        var name = result.TestCase.EtsIds.Count == 0 ? method : $"{string.Join(", ", result.TestCase.EtsIds)} {method}";
        var element = new XElement("testcase",
            new XAttribute("classname", Clean(className)),
            new XAttribute("name", Clean(name)),
            new XAttribute("time", Seconds(result.Duration)));
        if (Kind(result.Overall) is { } kind)
        {
            var reason = result.DecidingReason is { Length: > 0 } deciding ? deciding : result.Message ?? "no reason given";
            var outcome = new XElement(kind, new XAttribute("message", Clean($"{result.Overall}: {reason}")));
            if (kind != "skipped")
            {
                outcome.Add(new XAttribute("type", result.Overall.ToString()));
                outcome.Add(new XText(Clean(result.Verdict.Describe(result.Verdict.Failures))));
            }

            element.Add(outcome);
        }

        if (!string.IsNullOrEmpty(result.Output))
        {
            element.Add(new XElement("system-out", Clean(result.Output)));
        }

        return element;
    }

    private static string? Kind(Verdict verdict) => verdict switch
    {
        Verdict.Fail or Verdict.OutOfTime => "failure",
        Verdict.Error => "error",
        Verdict.NotApplicable or Verdict.Inconclusive => "skipped",
        _ => null,
    };

    private static string Seconds(TimeSpan duration) => duration.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);

    // XML 1.0 cannot carry most control characters (a DUT's output may hold any byte): they become U+FFFD.
    private static string Clean(string text) =>
        text.Any(c => !XmlConvert.IsXmlChar(c) && !char.IsSurrogate(c))
            ? string.Concat(text.Select(c => XmlConvert.IsXmlChar(c) || char.IsSurrogate(c) ? c : '\uFFFD'))
            : text;

    private sealed class Utf8StringWriter : StringWriter
    {
        public Utf8StringWriter()
            : base(CultureInfo.InvariantCulture)
        {
        }

        public override System.Text.Encoding Encoding => System.Text.Encoding.UTF8;
    }
}
