using Harness.Testing.Verdicts;

namespace Harness.Testing.Cases;

/// <summary>Checks of a pass criterion in the current step: recorded and going on, or required and stopping.</summary>
public abstract partial class ServerTestCase
{
    /// <summary>Records Pass or Fail for a pass criterion of the current step and returns whether it passed.</summary>
    protected bool Check(bool passed, string reason, string? expected = null, string? actual = null)
    {
        Verdicts.Record(new VerdictCheck(passed ? Verdict.Pass : Verdict.Fail, reason)
        {
            Step = CurrentStep,
            Expected = expected,
            Actual = actual,
        });
        return passed;
    }

    /// <summary>As <see cref="Check"/>, but a failure ends the test: later steps would judge nothing useful.</summary>
    protected void Require(bool passed, string reason, string? expected = null, string? actual = null)
    {
        if (!Check(passed, reason, expected, actual))
        {
            throw new TestStoppedException(reason);
        }
    }

    /// <summary>Ends the test when a check already recorded (<see cref="Check"/> and the like) failed: later steps would judge nothing useful.</summary>
    protected static void StopUnless(bool passed)
    {
        if (!passed)
        {
            throw new TestStoppedException("a required check failed");
        }
    }

    /// <summary>Ends the test with <paramref name="verdict"/> (Inconclusive, NotApplicable, Error) for <paramref name="reason"/>.</summary>
    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    protected void Stop(Verdict verdict, string reason, string? actual = null)
    {
        Verdicts.Record(new VerdictCheck(verdict, reason) { Step = CurrentStep, Actual = actual });
        throw new TestStoppedException(reason);
    }
}
