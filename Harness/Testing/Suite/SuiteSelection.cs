using System.Reflection;
using Harness.Testing.Metadata;
using Harness.Testing.Plan;
using Harness.Testing.Selection;

namespace Harness.Testing.Suite;

/// <summary>
/// The plan's decision about every test case of an assembly, narrowed further by name filters: a test the plan
/// would run but no filter names is reported as excluded, with the filters in the reason.
/// </summary>
public sealed class SuiteSelection
{
    private SuiteSelection(IReadOnlyList<SelectionDecision> decisions)
    {
        Decisions = decisions;
    }

    /// <summary>One decision per test method, ordered by full name.</summary>
    public IReadOnlyList<SelectionDecision> Decisions { get; }

    /// <summary>The test cases that run, ordered by full name.</summary>
    public IReadOnlyList<TestCaseMetadata> ToRun =>
        [.. Decisions.Where(decision => decision.Outcome == SelectionOutcome.Run).Select(decision => decision.TestCase)];

    /// <summary>Every decision other than Run, with its reason.</summary>
    public IEnumerable<SelectionDecision> NotRun => Decisions.Where(decision => decision.Outcome != SelectionOutcome.Run);

    /// <summary>Reads the metadata of every test in <paramref name="assembly"/> and decides about each.</summary>
    public static SuiteSelection For(Assembly assembly, TestPlan plan, IReadOnlyList<string>? filters = null)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return Decide(TestCaseMetadataReader.ReadAll(assembly), plan, filters);
    }

    /// <summary>Decides about the given test cases under <paramref name="plan"/> and the name filters.</summary>
    public static SuiteSelection Decide(IEnumerable<TestCaseMetadata> testCases, TestPlan plan, IReadOnlyList<string>? filters = null)
    {
        ArgumentNullException.ThrowIfNull(testCases);
        ArgumentNullException.ThrowIfNull(plan);
        var names = filters ?? [];
        var decisions = TestSelection.Decide(plan, testCases).Decisions
            .Select(decision => decision.Outcome == SelectionOutcome.Run && names.Count > 0 && !names.Any(filter => Matches(filter, decision.TestCase))
                ? decision with { Outcome = SelectionOutcome.Excluded, Reason = $"matches no --filter ({string.Join(", ", names)})" }
                : decision);
        return new SuiteSelection([.. decisions]);
    }

    /// <summary>True when <paramref name="filter"/> (an ETS id, a test name, or a glob of either) names the test case.</summary>
    public static bool Matches(string filter, TestCaseMetadata testCase)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(testCase);
        return testCase.EtsIds.Append(testCase.Id).Any(value => GlobPattern.Matches(filter, value));
    }
}
