using System.Globalization;
using Harness.Testing.Evidence;
using Harness.Testing.Verdicts;

namespace Harness.Testing.Reporting.Allure;

/// <summary>
/// The steps of a result: one per ETS step the test walked (from its evidence), each holding the checks judged in
/// it as nested steps with their own status. Checks that belong to no walked step follow as steps of their own.
/// Without recorded steps, the checks are grouped by the step number they carry, timed as the whole test.
/// </summary>
internal static class AllureStepBuilder
{
    public static IReadOnlyList<AllureStep> Build(TestVerdict verdict, IReadOnlyList<StepRecord> walked, long testStart, long testStop)
    {
        var steps = new List<AllureStep>();
        var placed = new HashSet<VerdictCheck>(ReferenceEqualityComparer.Instance);
        foreach (var record in walked)
        {
            var checks = verdict.Checks.Where(check => check.Step == record.Number).ToList();
            placed.UnionWith(checks);
            steps.Add(EtsStep(record.Number, record.Description, checks, record.Start.ToUnixTimeMilliseconds(), record.Stop.ToUnixTimeMilliseconds()));
        }

        var rest = verdict.Checks.Where(check => !placed.Contains(check)).ToList();
        foreach (var group in rest.Where(check => check.Step is not null).GroupBy(check => check.Step!.Value))
        {
            steps.Add(EtsStep(group.Key, null, [.. group], testStart, testStop));
        }

        steps.AddRange(rest.Where(check => check.Step is null).Select(check => CheckStep(check, testStart, testStop)));
        return steps;
    }

    /// <summary>A step's name: "Preamble" for step 0, "Step N" otherwise, with the ETS description when known.</summary>
    public static string StepName(int number, string? description)
    {
        var label = number == 0 ? "Preamble" : string.Create(CultureInfo.InvariantCulture, $"Step {number}");
        return string.IsNullOrWhiteSpace(description) ? label : $"{label}: {description}";
    }

    private static AllureStep EtsStep(int number, string? description, List<VerdictCheck> checks, long start, long stop)
    {
        // A walked step with no check passed as far as anyone can tell: the test went through it.
        var worst = checks.Count == 0 ? Verdict.Pass : VerdictCombination.Worst(checks.Select(check => check.Verdict));
        var deciding = checks.FirstOrDefault(check => check.Verdict == worst);
        return new AllureStep
        {
            Name = StepName(number, description),
            Status = AllureVerdictMapping.Status(worst),
            StatusDetails = deciding is null || worst == Verdict.Pass ? null : new AllureStatusDetails { Message = AllureVerdictMapping.Message(worst, deciding.Reason) },
            Start = start,
            Stop = Math.Max(start, stop),
            Steps = [.. checks.Select(check => CheckStep(check, start, stop))],
        };
    }

    private static AllureStep CheckStep(VerdictCheck check, long start, long stop) => new()
    {
        Name = $"{check.Verdict}: {check.Reason}",
        Status = AllureVerdictMapping.Status(check.Verdict),
        StatusDetails = new AllureStatusDetails
        {
            Message = AllureVerdictMapping.Message(check.Verdict, check.Reason),
            Trace = check.Describe(),
            Expected = check.Expected,
            Actual = check.Actual,
        },
        Start = start,
        Stop = Math.Max(start, stop),
        Parameters = CheckParameters(check),
    };

    private static List<AllureParameter> CheckParameters(VerdictCheck check)
    {
        var parameters = new List<AllureParameter>();
        Add(parameters, "clause", check.SpecClause);
        Add(parameters, "requirements", check.RequirementIds.Count == 0 ? null : string.Join(", ", check.RequirementIds));
        Add(parameters, "expected", check.Expected);
        Add(parameters, "actual", check.Actual);
        Add(parameters, "deadline", check.Deadline is { } deadline ? string.Create(CultureInfo.InvariantCulture, $"{deadline.TotalMilliseconds:0.###} ms") : null);
        return parameters;
    }

    private static void Add(List<AllureParameter> parameters, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            parameters.Add(new AllureParameter(name, value));
        }
    }
}
