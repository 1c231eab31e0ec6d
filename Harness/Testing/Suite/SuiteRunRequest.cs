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

    /// <summary>NUnit's work directory for the tests (TestContext.CurrentContext.WorkDirectory); null keeps the current directory.</summary>
    public string? WorkDirectory { get; init; }
}
