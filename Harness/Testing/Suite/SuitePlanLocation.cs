namespace Harness.Testing.Suite;

/// <summary>Where the plan of a run was found, and how: the test parameter, the environment variable or a search upward.</summary>
/// <param name="Path">The full path of the plan file, or null when none was found.</param>
/// <param name="Origin">How the path was chosen, for messages ("test parameter testplan", ...).</param>
public sealed record SuitePlanLocation(string? Path, string Origin)
{
    /// <summary>The file name the search upward from the current directory looks for.</summary>
    public const string DefaultFileName = "testplan.yaml";

    /// <summary>
    /// The test parameter <see cref="SuiteParameters.TestPlan"/> when given, else the environment variable
    /// <see cref="SuiteParameters.TestPlanEnvironmentVariable"/>, else the first testplan.yaml found walking up
    /// from <paramref name="startDirectory"/>.
    /// </summary>
    public static SuitePlanLocation Locate(string? parameter, string? environment, string startDirectory)
    {
        ArgumentNullException.ThrowIfNull(startDirectory);
        if (!string.IsNullOrWhiteSpace(parameter))
        {
            return new(System.IO.Path.GetFullPath(parameter), $"test parameter {SuiteParameters.TestPlan}");
        }

        if (!string.IsNullOrWhiteSpace(environment))
        {
            return new(System.IO.Path.GetFullPath(environment), $"environment variable {SuiteParameters.TestPlanEnvironmentVariable}");
        }

        for (var folder = new DirectoryInfo(startDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = System.IO.Path.Combine(folder.FullName, DefaultFileName);
            if (File.Exists(candidate))
            {
                return new(candidate, $"{DefaultFileName} found upward from {startDirectory}");
            }
        }

        return new(null, $"no test parameter {SuiteParameters.TestPlan}, no environment variable {SuiteParameters.TestPlanEnvironmentVariable}, and no {DefaultFileName} in {startDirectory} or above");
    }
}
