using System.Globalization;
using System.Text;
using Harness.Testing.Metadata;
using Harness.Testing.Plan;

namespace Harness.Testing.Selection;

/// <summary>
/// What runs under a plan and why the rest does not. Reasons are checked in this order, the first
/// one that applies is reported: malformed metadata, the plan's selection (the user's explicit
/// choice), the LwM2M version range, the DUT's role, then the ICS.
/// </summary>
public sealed class TestSelection
{
    private TestSelection(IReadOnlyList<SelectionDecision> decisions)
    {
        Decisions = decisions;
    }

    /// <summary>One decision per test case, in the order the test cases were given.</summary>
    public IReadOnlyList<SelectionDecision> Decisions { get; }

    public IEnumerable<TestCaseMetadata> ToRun => Decisions.Where(decision => decision.Outcome == SelectionOutcome.Run).Select(decision => decision.TestCase);

    public IEnumerable<SelectionDecision> NotRun => Decisions.Where(decision => decision.Outcome != SelectionOutcome.Run);

    public static TestSelection Decide(TestPlan plan, IEnumerable<TestCaseMetadata> testCases)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(testCases);
        return new TestSelection([.. testCases.Select(testCase => Decide(plan, testCase))]);
    }

    /// <summary>A plain-text listing: one line per test case with its outcome and reason, then totals.</summary>
    public string Describe()
    {
        var text = new StringBuilder();
        foreach (var decision in Decisions)
        {
            var ets = decision.TestCase.EtsIds.Count == 0 ? string.Empty : $" [{string.Join(", ", decision.TestCase.EtsIds)}]";
            text.Append(CultureInfo.InvariantCulture, $"{decision.Outcome,-19} {decision.TestCase.Id}{ets}: {decision.Reason}\n");
        }

        var totals = Decisions.GroupBy(decision => decision.Outcome).OrderBy(group => group.Key)
            .Select(group => string.Create(CultureInfo.InvariantCulture, $"{group.Count()} {group.Key}"));
        text.Append(string.Join(", ", totals));
        return text.ToString();
    }

    private static SelectionDecision Decide(TestPlan plan, TestCaseMetadata testCase)
    {
        if (testCase.Problems.Count > 0)
        {
            return new(testCase, SelectionOutcome.NotRunnable, string.Join("; ", testCase.Problems));
        }

        if (SelectionRuleMatcher.ExclusionReason(plan.Selection, testCase) is { } excluded)
        {
            return new(testCase, SelectionOutcome.Excluded, excluded);
        }

        if (!testCase.Versions.Contains(plan.Dut.Lwm2mVersion))
        {
            return new(testCase, SelectionOutcome.OutsideVersionRange,
                $"written for LwM2M {testCase.Versions}; the DUT implements {plan.Dut.Lwm2mVersion}");
        }

        var forServerDut = testCase.Interface == Lwm2mInterfaces.ServerRole;
        if (forServerDut != (plan.Dut.Role != DutRole.Client))
        {
            return new(testCase, SelectionOutcome.NotApplicable, forServerDut
                ? $"written for a server DUT; the DUT is a {PlanNames.EnumValue(plan.Dut.Role)}"
                : $"written for a client DUT; the DUT is a {PlanNames.EnumValue(plan.Dut.Role)}");
        }

        var unsupported = testCase.RequiredIcs.Select(item => IcsQuery.Unsupported(item, plan.Ics)).OfType<string>().ToList();
        if (unsupported.Count > 0)
        {
            return new(testCase, SelectionOutcome.NotApplicable, string.Join("; ", unsupported));
        }

        return new(testCase, SelectionOutcome.Run, "selected");
    }
}
