using Harness.Testing.Metadata;
using Harness.Testing.Plan;

namespace Harness.Testing.Baselines;

/// <summary>Reads a baseline file with the same error reporting as the plan: every error, with its position.</summary>
public static class BaselineLoader
{
    public static BaselineLoadResult Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return File.Exists(path)
            ? Parse(File.ReadAllText(path), path)
            : new BaselineLoadResult(null, [new PlanError(path, 1, 1, "baseline file not found")]);
    }

    public static BaselineLoadResult Parse(string text, string fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var errors = new PlanErrorSink(fileName);
        var positions = new PlanPositions();
        var file = YamlDocumentReader.Read<BaselineFile>(text, errors, positions);
        if (file is not null)
        {
            Validate(file, errors, positions);
        }

        return errors.Errors.Count == 0 && file is not null
            ? new BaselineLoadResult(new Baseline(file.ExpectedFailures), [])
            : new BaselineLoadResult(null, [.. errors.Errors.OrderBy(error => error.Line).ThenBy(error => error.Column)]);
    }

    private static void Validate(BaselineFile file, PlanErrorSink errors, PlanPositions positions)
    {
        for (var index = 0; index < file.ExpectedFailures.Count; index++)
        {
            var entry = file.ExpectedFailures[index];
            var path = $"expectedFailures[{index}]";
            if (entry.Test.StartsWith("LightweightM2M", StringComparison.OrdinalIgnoreCase) && !ConformanceIds.IsEtsId(entry.Test))
            {
                errors.Add(positions.Of(path + ".test"), $"{path}.test: \"{entry.Test}\" is not of the form {ConformanceIds.EtsIdFormat}");
            }
            else if (string.IsNullOrWhiteSpace(entry.Test) || entry.Test.Any(char.IsWhiteSpace))
            {
                errors.Add(positions.Of(path + ".test"), $"{path}.test: expected an ETS id or a test's full name, found \"{entry.Test}\"");
            }

            if (file.ExpectedFailures.Take(index).Any(earlier => earlier.Test == entry.Test))
            {
                errors.Add(positions.Of(path + ".test"), $"{path}.test: \"{entry.Test}\" is listed twice");
            }

            if (string.IsNullOrWhiteSpace(entry.Reason))
            {
                errors.Add(positions.Of(path + ".reason"), $"{path}.reason: say why the failure is expected");
            }

            if (entry.Issue is { } issue && !Uri.TryCreate(issue, UriKind.Absolute, out _))
            {
                errors.Add(positions.Of(path + ".issue"), $"{path}.issue: expected an absolute link, found \"{issue}\"");
            }
        }
    }
}
