using System.CommandLine;
using Harness.Testing.Metadata;
using Harness.Testing.Traceability;
using Spectre.Console;

namespace Harness.Cli.Commands;

/// <summary>
/// `trace`: the requirement traceability matrix (requirement → checks → test cases → last verdicts) from the built-in
/// catalog, the test cases' attributes and a results.json. With --format or --output it writes one document (to the
/// file, else to standard output); with neither it writes traceability.html, .csv and .md beside the results.
/// </summary>
public sealed class TraceCommand(CliContext context)
{
    /// <summary>The file name (without extension) of the documents written when no --output is given.</summary>
    public const string BaseName = "traceability";

    /// <summary>Where the documents go when no results.json is found and no --output is given.</summary>
    public const string DefaultFolderWithoutResults = RunCommand.DefaultResultsRoot + "/trace";

    private static readonly string[] Formats = ["html", "csv", "markdown"];

    /// <summary>The `trace` command with its options, bound to <paramref name="context"/>.</summary>
    public static Command Create(CliContext context)
    {
        var results = new Option<string?>("--results", "-r")
        {
            Description = $"results.json (or its folder) whose verdicts to show [default: the newest {RunCommand.DefaultResultsRoot}/*/results.json]",
            HelpName = "FILE",
        };
        var format = new Option<string?>("--format") { Description = "Write one document in this format", HelpName = "html|csv|markdown" };
        format.AcceptOnlyFromAmong(Formats);
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write the document to FILE (format from --format or the extension .html, .csv, .md); without it and with --format, to standard output",
            HelpName = "FILE",
        };
        var catalog = new Option<string?>("--catalog") { Description = "A requirement catalog folder instead of the built-in one", HelpName = "DIR" };
        var command = new Command("trace", "Requirement traceability matrix: every catalog requirement with the test cases and checks " +
            "that address it and their last verdicts, the untested ones with the reason. Exit 0, or 2 on bad input.")
        {
            results, format, output, catalog,
        };
        command.SetAction(parse => new TraceCommand(context).Execute(
            parse.GetValue(results), parse.GetValue(format), parse.GetValue(output), parse.GetValue(catalog)));
        return command;
    }

    public int Execute(string? resultsPath, string? format, string? outputPath, string? catalogFolder)
    {
        if (outputPath is not null && format is null && FormatOf(outputPath) is null)
        {
            return Fail($"cannot tell the format of {outputPath} from its extension; give --format html, csv or markdown");
        }

        RequirementCatalog catalog;
        RunResults? results;
        try
        {
            catalog = catalogFolder is null ? RequirementCatalogLoader.LoadBuiltIn() : RequirementCatalogLoader.LoadFolder(context.FullPath(catalogFolder));
            results = LoadResults(resultsPath);
        }
        catch (CatalogException exception)
        {
            foreach (var error in exception.Errors)
            {
                context.Console.MarkupLineInterpolated($"[red]error:[/] {error.ToString()}");
            }

            return ExitCodes.InvalidInput;
        }

        if (TestAssemblyLoader.Load(context) is not { } assembly)
        {
            return ExitCodes.InvalidInput;
        }

        var matrix = TraceabilityMatrixBuilder.Build(catalog, TestCaseMetadataReader.ReadAll(assembly), results);
        if (format is null && outputPath is null)
        {
            WriteAll(matrix);
            return ExitCodes.Success;
        }

        var text = Render(matrix, format ?? FormatOf(outputPath!)!);
        if (outputPath is null)
        {
            context.Console.Profile.Out.Writer.Write(text);
            return ExitCodes.Success;
        }

        var path = context.FullPath(outputPath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        WriteSummary(matrix, [path]);
        return ExitCodes.Success;
    }

    private RunResults? LoadResults(string? resultsPath)
    {
        if (resultsPath is null)
        {
            return RunResultsReader.FindNewest(context.FullPath(RunCommand.DefaultResultsRoot)) is { } newest ? RunResultsReader.Load(newest) : null;
        }

        var path = context.FullPath(resultsPath);
        return RunResultsReader.Load(Directory.Exists(path) ? Path.Combine(path, RunResultsReader.FileName) : path);
    }

    private void WriteAll(TraceabilityMatrix matrix)
    {
        var folder = matrix.Results is { } results ? Path.GetDirectoryName(results.Path)! : context.FullPath(DefaultFolderWithoutResults);
        Directory.CreateDirectory(folder);
        var paths = new List<string>();
        foreach (var (name, extension) in new[] { ("html", ".html"), ("csv", ".csv"), ("markdown", ".md") })
        {
            var path = Path.Combine(folder, BaseName + extension);
            File.WriteAllText(path, Render(matrix, name));
            paths.Add(path);
        }

        WriteSummary(matrix, paths);
    }

    private void WriteSummary(TraceabilityMatrix matrix, IReadOnlyList<string> paths)
    {
        var console = context.Console;
        console.WriteLine(TraceText.Summary(matrix));
        console.WriteLine(TraceText.ResultsLine(matrix));
        foreach (var problem in matrix.Problems)
        {
            console.MarkupLineInterpolated($"[yellow]problem:[/] {problem.TestId}: {problem.Message}");
        }

        foreach (var path in paths)
        {
            console.WriteLine($"Wrote {path}");
        }
    }

    private int Fail(string message)
    {
        context.Console.MarkupLineInterpolated($"[red]error:[/] {message}");
        return ExitCodes.InvalidInput;
    }

    private static string Render(TraceabilityMatrix matrix, string format) => format switch
    {
        "html" => TraceHtmlWriter.Write(matrix),
        "csv" => TraceCsvWriter.Write(matrix),
        _ => TraceMarkdownWriter.Write(matrix),
    };

    private static string? FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".html" or ".htm" => "html",
        ".csv" => "csv",
        ".md" or ".markdown" => "markdown",
        _ => null,
    };
}
