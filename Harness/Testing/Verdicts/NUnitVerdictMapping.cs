using NUnit.Framework;

namespace Harness.Testing.Verdicts;

/// <summary>The one place where verdicts become NUnit outcomes.</summary>
public static class NUnitVerdictMapping
{
    /// <summary>
    /// Ends the current NUnit test with the outcome of <paramref name="verdict"/>: returns for Pass,
    /// otherwise throws the matching NUnit exception (or <see cref="HarnessErrorException"/> for Error).
    /// </summary>
    public static void Report(TestVerdict verdict)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        switch (verdict.Overall)
        {
            case Verdict.Pass:
                return;
            case Verdict.Fail:
            case Verdict.OutOfTime:
                Assert.Fail(verdict.Describe(verdict.Failures.Where(check => check.Verdict != Verdict.Error)));
                return;
            case Verdict.Error:
                throw new HarnessErrorException(verdict.Describe(verdict.Deciding));
            case Verdict.Inconclusive:
                Assert.Inconclusive(verdict.Describe(verdict.Deciding));
                return;
            case Verdict.NotApplicable:
                Assert.Ignore(verdict.Describe(verdict.Deciding));
                return;
            default:
                throw new ArgumentOutOfRangeException(nameof(verdict), verdict.Overall, "unknown verdict");
        }
    }
}
