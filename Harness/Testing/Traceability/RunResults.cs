namespace Harness.Testing.Traceability;

/// <summary>The verdicts of one run, read from the CLI's results.json.</summary>
public sealed record RunResults(string Path, DateTimeOffset? StartedAt, IReadOnlyList<RunTestResult> Tests)
{
    /// <summary>The result of test <paramref name="fullName"/>, or null when the run does not mention it.</summary>
    public RunTestResult? Find(string fullName) => Tests.FirstOrDefault(test => test.FullName == fullName);
}
