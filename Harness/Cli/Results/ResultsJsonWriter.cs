using System.Text.Json;
using Harness.Testing.Baselines;
using Harness.Testing.Suite;
using Harness.Testing.Verdicts;

namespace Harness.Cli.Results;

/// <summary>Writes a run as results.json, for CI and report generators.</summary>
internal static class ResultsJsonWriter
{
    public const string FileName = "results.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    /// <summary>Writes <paramref name="run"/> into <paramref name="folder"/> (created if needed); returns the file's path.</summary>
    public static string Write(string folder, SuiteRunResult run, string planPath, string? baselinePath)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FileName);
        File.WriteAllText(path, JsonSerializer.Serialize(ToDocument(run, planPath, baselinePath), Options));
        return path;
    }

    public static ResultsDocument ToDocument(SuiteRunResult run, string planPath, string? baselinePath)
    {
        ArgumentNullException.ThrowIfNull(run);
        var notStarted = run.NotStarted.Select(testCase => new ResultsNotRun(testCase.Id, testCase.EtsIds, "NotStarted", "the run was interrupted first"));
        var notSelected = run.Selection.NotRun.Select(decision =>
            new ResultsNotRun(decision.TestCase.Id, decision.TestCase.EtsIds, decision.Outcome.ToString(), decision.Reason));
        return new ResultsDocument(
            planPath,
            baselinePath,
            run.StartedAt,
            run.Duration.TotalSeconds,
            run.Cancelled,
            run.HasNewFailures,
            run.CountByVerdict.ToDictionary(pair => pair.Key.ToString(), pair => pair.Value),
            [.. run.Results.Select(ToTest)],
            [.. notSelected.Concat(notStarted)],
            [.. run.UnmatchedBaselineEntries.Select(entry => new ResultsBaselineEntry(entry.Test, entry.Reason, entry.Issue))]);
    }

    private static ResultsTest ToTest(SuiteTestResult result) => new(
        result.FullName,
        result.TestCase.EtsIds,
        result.Title,
        result.TestCase.Interface,
        result.TestCase.RequirementIds,
        result.Overall.ToString(),
        result.Published,
        Classification(result.Classification),
        result.BaselineEntry?.Reason,
        result.Duration.TotalSeconds,
        result.Time?.Waited.TotalSeconds,
        result.Time?.Overhead.TotalSeconds,
        result.Message,
        result.Output,
        [.. result.Verdict.Checks.Select(ToCheck)]);

    private static ResultsCheck ToCheck(VerdictCheck check) => new(
        check.Verdict.ToString(),
        check.Reason,
        check.Step,
        check.RequirementIds,
        check.SpecClause,
        check.Expected,
        check.Actual,
        check.Deadline?.TotalSeconds);

    private static string Classification(BaselineClassification classification) =>
        JsonNamingPolicy.CamelCase.ConvertName(classification.ToString());
}
