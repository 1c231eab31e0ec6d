namespace Harness.Testing.Plan;

/// <summary>
/// Reads testplan.yaml: binds it to <see cref="TestPlan"/> and validates it, collecting all errors.
/// Shape errors (unknown keys, wrong types, missing keys, bad values) are reported together; rules
/// that span keys are checked once every value has its type, so they never report on a guess.
/// </summary>
public static class TestPlanLoader
{
    /// <summary>Loads the plan at <paramref name="path"/>; relative paths inside it resolve against its folder.</summary>
    public static TestPlanLoadResult Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            return new TestPlanLoadResult(null, [new PlanError(path, 1, 1, "test plan file not found")]);
        }

        return Parse(File.ReadAllText(path), path, Path.GetDirectoryName(Path.GetFullPath(path)));
    }

    /// <summary>Loads a plan from text; <paramref name="fileName"/> names it in errors.</summary>
    /// <param name="planDirectory">Where relative paths resolve; null skips checks of referenced files.</param>
    public static TestPlanLoadResult Parse(string text, string fileName, string? planDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var errors = new PlanErrorSink(fileName);
        var positions = new PlanPositions();
        if (YamlDocumentReader.Read<TestPlan>(text, errors, positions) is { } plan)
        {
            new TestPlanValidator(errors, positions, fileName, planDirectory).Validate(plan);
            if (errors.Errors.Count == 0)
            {
                return new TestPlanLoadResult(plan, [], planDirectory);
            }
        }

        return new TestPlanLoadResult(null, [.. errors.Errors.OrderBy(error => error.File != fileName).ThenBy(error => error.Line).ThenBy(error => error.Column)]);
    }
}
