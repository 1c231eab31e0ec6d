using System.Text;
using Harness.Testing.Suite;

namespace Harness.Testing.Reporting.Allure;

/// <summary>
/// Writes an Allure results folder as a run goes: the run's files (environment.properties, executor.json,
/// categories.json) at the start, then each test's attachments and &lt;uuid&gt;-result.json as soon as it finishes.
/// Every file is written atomically and a result only after the attachments it names, so a run killed at any
/// moment leaves a folder the report generator reads whole.
/// </summary>
public sealed class AllureResultsWriter
{
    /// <summary>The folder name under a run's results folder.</summary>
    public const string FolderName = "allure-results";

    private readonly AllureResultBuilder builder;

    public AllureResultsWriter(string directory, AllureRunInfo run, TimeProvider time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentNullException.ThrowIfNull(run);
        Directory = Path.GetFullPath(directory);
        Run = run;
        builder = new AllureResultBuilder(run, time);
    }

    public string Directory { get; }

    public AllureRunInfo Run { get; }

    /// <summary>Creates the folder and writes environment.properties, executor.json and categories.json.</summary>
    public void WriteRunFiles()
    {
        System.IO.Directory.CreateDirectory(Directory);
        var environment = new StringBuilder();
        foreach (var (key, value) in Run.Environment)
        {
            environment.Append(PropertiesEscape(key, isKey: true)).Append(" = ").Append(PropertiesEscape(value, isKey: false)).Append('\n');
        }

        AtomicFile.WriteAllText(Path.Combine(Directory, "environment.properties"), environment.ToString());
        AtomicFile.WriteAllText(Path.Combine(Directory, "executor.json"), AllureJson.Serialize(Run.Executor));
        AtomicFile.WriteAllText(Path.Combine(Directory, "categories.json"), AllureJson.Serialize(AllureVerdictMapping.Categories));
    }

    /// <summary>Writes one finished test: its attachments, then its result file; returns the result file's path.</summary>
    public string Write(SuiteTestResult result, string? thread = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        System.IO.Directory.CreateDirectory(Directory);
        var (allure, attachments) = builder.Build(result, thread);
        foreach (var attachment in attachments)
        {
            var target = Path.Combine(Directory, attachment.Attachment.Source);
            if (attachment.SourcePath is { } source)
            {
                AtomicFile.Copy(source, target);
            }
            else
            {
                AtomicFile.WriteAllText(target, attachment.Text ?? string.Empty);
            }
        }

        var path = Path.Combine(Directory, $"{allure.Uuid}-result.json");
        AtomicFile.WriteAllText(path, AllureJson.Serialize(allure));
        return path;
    }

    // Java properties: backslash escapes, and in keys also spaces, '=' and ':'; non-ASCII as \uXXXX.
    private static string PropertiesEscape(string text, bool isKey)
    {
        var escaped = new StringBuilder();
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\': escaped.Append(@"\\"); break;
                case '\n': escaped.Append(@"\n"); break;
                case '\r': escaped.Append(@"\r"); break;
                case '\t': escaped.Append(@"\t"); break;
                case ' ' or '=' or ':' when isKey: escaped.Append('\\').Append(c); break;
                case > '~': escaped.Append(@"\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture)); break;
                default: escaped.Append(c); break;
            }
        }

        return escaped.ToString();
    }
}
