using System.Collections.Concurrent;
using Harness.Testing.Plan;
using NUnit.Framework;

namespace Harness.Testing.Suite;

/// <summary>
/// The test plan of the current run, loaded once: every test case asks here. A runner names the plan with
/// the test parameter <see cref="SuiteParameters.TestPlan"/>; a changed file or another path is loaded afresh,
/// so one process may run several plans one after another.
/// </summary>
public static class SuitePlan
{
    private static readonly ConcurrentDictionary<(string Path, DateTime Written), SuitePlanLoad> Loaded = new();

    /// <summary>The plan located from the current NUnit test parameters, the environment and the current directory.</summary>
    public static SuitePlanLoad Current =>
        Load(SuitePlanLocation.Locate(
            TestContext.Parameters.Get(SuiteParameters.TestPlan),
            Environment.GetEnvironmentVariable(SuiteParameters.TestPlanEnvironmentVariable),
            Directory.GetCurrentDirectory()));

    /// <summary>Loads the plan at <paramref name="location"/>, or reuses the load of the same unchanged file.</summary>
    public static SuitePlanLoad Load(SuitePlanLocation location)
    {
        ArgumentNullException.ThrowIfNull(location);
        if (location.Path is not { } path)
        {
            return new SuitePlanLoad(location, new TestPlanLoadResult(null, [new PlanError(SuitePlanLocation.DefaultFileName, 1, 1, $"no test plan: {location.Origin}")]));
        }

        var written = File.Exists(path) ? File.GetLastWriteTimeUtc(path) : DateTime.MinValue;
        return Loaded.GetOrAdd((path, written), _ => new SuitePlanLoad(location, TestPlanLoader.Load(path)));
    }
}
