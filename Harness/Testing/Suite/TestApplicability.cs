using Harness.Testing.Metadata;
using Harness.Testing.Plan;
using Harness.Testing.Selection;

namespace Harness.Testing.Suite;

/// <summary>Whether a test case applies to the plan's DUT: its version range, the DUT's role and the ICS items it requires.</summary>
public static class TestApplicability
{
    /// <summary>
    /// Null when the test applies; otherwise the reason it does not, for a NotApplicable verdict. The plan's
    /// include and exclude rules are not consulted: choosing what runs is the runner's job, and a test that
    /// was asked to run anyway runs.
    /// </summary>
    public static string? NotApplicableReason(TestPlan plan, TestCaseMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(metadata);
        var withoutRules = new TestPlan { Dut = plan.Dut, Ics = plan.Ics, Ixit = plan.Ixit };
        var decision = TestSelection.Decide(withoutRules, [metadata]).Decisions[0];
        return decision.Outcome is SelectionOutcome.OutsideVersionRange or SelectionOutcome.NotApplicable ? decision.Reason : null;
    }
}
