using Harness.Testing.Baselines;
using Harness.Testing.Evidence;
using Harness.Testing.Metadata;
using Harness.Testing.Timing;
using Harness.Testing.Verdicts;

namespace Harness.Testing.Suite;

/// <summary>One finished test case of a suite run.</summary>
public sealed record SuiteTestResult
{
    /// <summary>NUnit full name (namespace.class.method, with arguments for parameterised tests).</summary>
    public required string FullName { get; init; }

    /// <summary>What the test method declares (ETS ids, requirements, interface...).</summary>
    public required TestCaseMetadata TestCase { get; init; }

    /// <summary>The test's [Description], or its NUnit name when it has none.</summary>
    public required string Title { get; init; }

    /// <summary>The typed verdict with its checks: the one the test published, made worse only by how NUnit saw it end.</summary>
    public required TestVerdict Verdict { get; init; }

    /// <summary>True when the verdict came from <see cref="VerdictJournal"/>; false when it was derived from the NUnit outcome alone.</summary>
    public required bool Published { get; init; }

    public required TimeSpan Duration { get; init; }

    /// <summary>When NUnit started the test (UTC); null when it did not say.</summary>
    public DateTimeOffset? Start { get; init; }

    /// <summary>When NUnit finished the test (UTC); null when it did not say.</summary>
    public DateTimeOffset? Stop { get; init; }

    /// <summary>
    /// Where the time went: <see cref="Duration"/> (the runner's view) split into what the test waited for the DUT and
    /// the harness's own overhead; null when the test kept no account (no published verdict). Not a check.
    /// </summary>
    public TestTimeSummary? Time { get; init; }

    /// <summary>The capture, timeline, DUT log and steps the test left behind; null when it recorded none.</summary>
    public TestEvidence? Evidence { get; init; }

    /// <summary>What the test wrote to its output.</summary>
    public string Output { get; init; } = string.Empty;

    /// <summary>NUnit's message for a test that did not pass (assertion text or exception), if any.</summary>
    public string? Message { get; init; }

    /// <summary>The result against the baseline; <see cref="BaselineClassification.NotJudged"/> until classified.</summary>
    public BaselineClassification Classification { get; init; } = BaselineClassification.NotJudged;

    /// <summary>The baseline entry that matched the test, if any.</summary>
    public BaselineEntry? BaselineEntry { get; init; }

    public Verdict Overall => Verdict.Overall;

    /// <summary>
    /// The reason of the check that says most about the verdict: for a pass the last passing check (how far the
    /// test got; the first is usually its preamble), otherwise the first check that decided it.
    /// </summary>
    public string DecidingReason =>
        (Overall == Verdicts.Verdict.Pass
            ? Verdict.Deciding.LastOrDefault(check => !WireVerdicts.IsWireCheck(check)) ?? Verdict.Deciding.LastOrDefault()
            : Verdict.Deciding.FirstOrDefault())?.Reason ?? string.Empty;
}
