using Harness.Testing.Verdicts;

namespace Harness.Tests.SelfValidation;

/// <summary>
/// What a test case must make of the reference device started with a fault: the verdict, the ETS step
/// of the check that decides it and a fragment of that check's reason. Case "*" stands for every case
/// the fault's other claims do not name. A null step accepts the check at any step: a wire check is placed by its
/// frame's time, and a DUT's reaction to one step's stimulus may cross the wire before the test enters the next.
/// </summary>
internal sealed record FaultClaim(string Fault, string Case, Verdict Verdict, int? Step, string ReasonFragment)
{
    public const string EveryOtherCase = "*";

    public bool Holds(TestVerdict verdict) =>
        verdict.Overall == Verdict
        && verdict.Checks.Any(check => check.Verdict == Verdict && (Step is null || check.Step == Step) && check.Reason.Contains(ReasonFragment, StringComparison.Ordinal));

    public override string ToString() => $"{Verdict} at {(Step is { } step ? $"step {step}" : "any step")} (\"{ReasonFragment}\")";
}
