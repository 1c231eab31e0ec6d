using System.Text.Json;

namespace Harness.Testing.Traceability;

/// <summary>
/// Reads the verdicts of a run from results.json as the CLI's run writes it (tests with their checks, and the tests
/// that did not run). Only the fields the matrix needs are read; anything else in the file is ignored.
/// </summary>
public static class RunResultsReader
{
    public const string FileName = "results.json";

    /// <summary>The newest <c>*/results.json</c> under <paramref name="root"/> (e.g. Reports/out), or null when there is none.</summary>
    public static string? FindNewest(string root)
    {
        ArgumentNullException.ThrowIfNull(root);
        if (!Directory.Exists(root))
        {
            return null;
        }

        // Newest by write time; run folders are named by their UTC start, so the name breaks ties.
        return Directory.EnumerateDirectories(root)
            .Select(folder => Path.Combine(folder, FileName))
            .Where(File.Exists)
            .OrderByDescending(path => File.GetLastWriteTimeUtc(path))
            .ThenByDescending(path => path, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    /// <summary>Reads <paramref name="path"/>; an unreadable or malformed file is a <see cref="CatalogException"/> naming the line.</summary>
    public static RunResults Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new CatalogException([new CatalogError(path, 0, "file not found")]);
        }

        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            return Read(path, document.RootElement);
        }
        catch (JsonException exception)
        {
            var line = (int)(exception.LineNumber ?? -1) + 1;
            throw new CatalogException([new CatalogError(path, line, $"not valid JSON: {exception.Message}")]);
        }
        catch (Exception exception) when (exception is InvalidOperationException or FormatException)
        {
            throw new CatalogException([new CatalogError(path, 0, $"not a results.json of this tool: {exception.Message}")]);
        }
    }

    private static RunResults Read(string path, JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("tests", out var tests) || tests.ValueKind != JsonValueKind.Array)
        {
            throw new CatalogException([new CatalogError(path, 0, "not a results.json of this tool: no \"tests\" array")]);
        }

        DateTimeOffset? startedAt = root.TryGetProperty("startedAt", out var started) && started.TryGetDateTimeOffset(out var time) ? time : null;
        var results = tests.EnumerateArray().Select(test => new RunTestResult(
            RequiredString(test, "fullName"),
            RequiredString(test, "verdict"),
            Ran: true,
            Note: OptionalString(test, "message"),
            Checks: [.. Array(test, "checks").Select(ReadCheck)])).ToList();
        results.AddRange(Array(root, "notRun").Select(test => new RunTestResult(
            RequiredString(test, "fullName"),
            RequiredString(test, "outcome"),
            Ran: false,
            Note: OptionalString(test, "reason"),
            Checks: [])));
        return new RunResults(path, startedAt, results);
    }

    private static RunCheck ReadCheck(JsonElement check) => new(
        RequiredString(check, "verdict"),
        RequiredString(check, "reason"),
        check.TryGetProperty("step", out var step) && step.ValueKind == JsonValueKind.Number ? step.GetInt32() : null,
        [.. Array(check, "requirements").Select(id => id.GetString() ?? "")]);

    private static string RequiredString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()!
            : throw new InvalidOperationException($"\"{name}\" is missing or not a string");

    private static string? OptionalString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static JsonElement[] Array(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array ? [.. value.EnumerateArray()] : [];
}
