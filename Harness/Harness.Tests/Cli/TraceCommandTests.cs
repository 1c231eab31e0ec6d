using Harness.Cli;
using Harness.Tests.Testing.Traceability;

namespace Harness.Tests.Cli;

/// <summary>`trace`: the matrix of the real test cases, as one document on standard output or in a file, or all three beside the results.</summary>
public sealed class TraceCommandTests
{
    private static CliHarness Cli() => new() { TestAssembly = () => typeof(TestCases.Registration.InitialRegistration).Assembly };

    [Test]
    public void Markdown_on_standard_output_with_the_given_results()
    {
        using var cli = Cli();
        var results = HandmadeResults.WriteTo(Path.Combine(cli.Folder, "run"));

        Assert.That(cli.Run("trace", "--results", "run/results.json", "--format", "markdown"), Is.EqualTo(ExitCodes.Success));

        Assert.That(cli.Output, Does.StartWith("# Requirement traceability"));
        Assert.That(cli.Output, Does.Contain($"Last verdicts from {results}"));
        Assert.That(cli.Output, Does.Contain("| LwM2M-REG-02 | RD-1.2 | Registration | covered | InitialRegistration.Int101InitialRegistration: Pass |"));
    }

    [Test]
    public void Without_format_or_output_all_three_documents_go_beside_the_newest_results()
    {
        using var cli = Cli();
        HandmadeResults.WriteTo(Path.Combine(cli.Folder, "Reports", "out", "20261122-231500"));

        Assert.That(cli.Run("trace"), Is.EqualTo(ExitCodes.Success));

        var folder = Path.Combine(cli.Folder, "Reports", "out", "20261122-231500");
        Assert.That(Directory.GetFiles(folder).Select(Path.GetFileName).Order(), Is.EqualTo(new[] { "results.json", "traceability.csv", "traceability.html", "traceability.md" }));
        Assert.That(cli.Output, Does.Contain("66 requirements, "));
        Assert.That(cli.Output, Does.Contain($"Wrote {Path.Combine(folder, "traceability.html")}"));
        Assert.That(File.ReadAllText(Path.Combine(folder, "traceability.html")), Does.Contain("<td>LwM2M-REG-02</td>"));
    }

    [Test]
    public void Without_any_results_the_matrix_says_so_and_goes_to_the_default_folder()
    {
        using var cli = Cli();

        Assert.That(cli.Run("trace", "--output", "matrix.html"), Is.EqualTo(ExitCodes.Success));

        Assert.That(File.ReadAllText(Path.Combine(cli.Folder, "matrix.html")), Does.Contain("No results: last verdicts are not shown."));
        Assert.That(cli.Run("trace"), Is.EqualTo(ExitCodes.Success));
        Assert.That(File.Exists(Path.Combine(cli.Folder, "Reports", "out", "trace", "traceability.csv")), Is.True);
    }

    [Test]
    public void Bad_input_exits_2()
    {
        using var cli = Cli();

        Assert.That(cli.Run("trace", "--results", "missing.json"), Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(cli.Output, Does.Contain($"error: {Path.Combine(cli.Folder, "missing.json")}: file not found"));
        Assert.That(cli.Run("trace", "--output", "matrix.txt"), Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(cli.Output, Does.Contain("cannot tell the format of matrix.txt"));
        Assert.That(cli.Run("trace", "--format", "pdf"), Is.EqualTo(ExitCodes.InvalidInput));
    }

    [Test]
    public void A_broken_catalog_is_reported_line_by_line_with_exit_2()
    {
        using var cli = Cli();
        using var catalog = new CatalogFolder();
        catalog.ReplaceLine("links.csv", 2, "LwM2M-INFO-01,ets,LightweightM2M-1.2-int-3120,");

        Assert.That(cli.Run("trace", "--catalog", catalog.Path, "--format", "csv"), Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(cli.Output, Does.Contain($"error: {catalog.File("links.csv")}:2: unknown ETS test case \"LightweightM2M-1.2-int-3120\""));
    }
}
