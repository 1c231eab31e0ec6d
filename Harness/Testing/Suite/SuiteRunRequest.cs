using System.Reflection;
using Harness.Testing.Baselines;
using Harness.Testing.Plan;

namespace Harness.Testing.Suite;

/// <summary>What one suite run needs: the test-case assembly, the loaded plan, its baseline and extra name filters.</summary>
public sealed record SuiteRunRequest
{
    /// <param name="testAssembly">The assembly holding the NUnit fixtures (TestCases.dll).</param>
    /// <param name="planPath">The plan's file; handed to the tests as the <see cref="SuiteParameters.TestPlan"/> parameter (made absolute).</param>
    /// <param name="plan">The plan, already loaded and valid.</param>
    public SuiteRunRequest(Assembly testAssembly, string planPath, TestPlan plan)
    {
        ArgumentNullException.ThrowIfNull(testAssembly);
        ArgumentException.ThrowIfNullOrWhiteSpace(planPath);
        ArgumentNullException.ThrowIfNull(plan);
        TestAssembly = testAssembly;
        PlanPath = Path.GetFullPath(planPath);
        Plan = plan;
    }

    public Assembly TestAssembly { get; }

    /// <summary>Absolute path of the plan file.</summary>
    public string PlanPath { get; }

    public TestPlan Plan { get; }

    /// <summary>Known failures; empty when the plan names no baseline.</summary>
    public Baseline Baseline { get; init; } = Baseline.Empty;

    /// <summary>ETS ids, test names or globs of either (command-line --filter); empty means no extra narrowing.</summary>
    public IReadOnlyList<string> Filters { get; init; } = [];

    /// <summary>How the tests capture (auto, live, tap, off), handed on as <see cref="SuiteParameters.Capture"/>; null leaves it to the environment.</summary>
    public string? Capture { get; init; }

    /// <summary>The evidence root folder, handed on as <see cref="SuiteParameters.Evidence"/> (made absolute); null leaves it to the environment.</summary>
    public string? EvidenceRoot { get; init; }
}
