using System.Globalization;

namespace Harness.Testing.Traceability;

/// <summary>The wording the matrix writers share, so that HTML, Markdown and CSV say the same thing.</summary>
public static class TraceText
{
    /// <summary>The last two segments of a test id (Class.Method), enough to tell test cases apart in a table.</summary>
    public static string ShortTestName(string testId)
    {
        ArgumentNullException.ThrowIfNull(testId);
        var parts = testId.Split('.');
        return parts.Length <= 2 ? testId : $"{parts[^2]}.{parts[^1]}";
    }

    public static string Status(TraceStatus status) => status switch
    {
        TraceStatus.Covered => "covered",
        TraceStatus.NotYetCovered => "not yet covered",
        TraceStatus.NotObservable => "not observable",
        _ => "out of scope",
    };

    public static string Observability(Observability observability) => observability switch
    {
        Traceability.Observability.Wire => "wire",
        Traceability.Observability.NotObservable => "not-observable",
        _ => "out-of-scope",
    };

    /// <summary>The last verdict of a test, or why there is none.</summary>
    public static string Verdict(TraceTest test, bool haveResults)
    {
        ArgumentNullException.ThrowIfNull(test);
        return test.Verdict ?? (haveResults ? "not in the run" : "no results");
    }

    /// <summary>"Class.Method [via LightweightM2M-1.1-int-101]: Pass".</summary>
    public static string Test(TraceTest test, bool haveResults)
    {
        ArgumentNullException.ThrowIfNull(test);
        var via = test.Via == TraceabilityMatrixBuilder.ViaRequirement ? "" : $" [via {test.Via}]";
        return $"{ShortTestName(test.TestId)}{via}: {Verdict(test, haveResults)}";
    }

    /// <summary>"Pass, step 1, Class.Method: reason".</summary>
    public static string Check(TraceCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var step = check.Step is { } number ? string.Create(CultureInfo.InvariantCulture, $", step {number}") : "";
        return $"{check.Verdict}{step}, {ShortTestName(check.TestId)}: {check.Reason}";
    }

    /// <summary>One line saying which results the matrix shows.</summary>
    public static string ResultsLine(TraceabilityMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        if (matrix.Results is not { } results)
        {
            return "No results: last verdicts are not shown.";
        }

        var started = results.StartedAt is { } time ? string.Create(CultureInfo.InvariantCulture, $" (run started {time:yyyy-MM-dd HH:mm:ss} UTC)") : "";
        return $"Last verdicts from {results.Path}{started}.";
    }

    /// <summary>"66 requirements, 10 test cases: 2 covered, 38 not yet covered, 3 not observable, 23 out of scope."</summary>
    public static string Summary(TraceabilityMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var total = matrix.Total;
        return string.Create(CultureInfo.InvariantCulture,
            $"{total.Total} requirements, {matrix.TestCaseCount} test cases: {total.Covered} covered, {total.NotYetCovered} not yet covered, " +
            $"{total.NotObservable} not observable, {total.OutOfScope} out of scope; {matrix.Problems.Count} problem(s) in test cases.");
    }
}
