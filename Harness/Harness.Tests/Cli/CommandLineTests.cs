using Harness.Cli;
using Harness.Tests.Support;

namespace Harness.Tests.Cli;

/// <summary>Parsing, help and the exit codes of usage and plan errors.</summary>
public sealed class CommandLineTests
{
    [Test]
    public void Help_lists_the_commands_and_exits_0()
    {
        using var cli = new CliHarness();

        Assert.That(cli.Run("--help"), Is.EqualTo(ExitCodes.Success));
        Assert.That(cli.Output, Does.Contain("run").And.Contain("list").And.Contain("validate"));
    }

    [TestCase("run", "--plan", "--filter", "--results")]
    [TestCase("list", "--plan", "--filter", "--plan")]
    [TestCase("validate", "--plan", "--plan", "--plan")]
    public void Every_command_has_help_naming_its_options(string command, string first, string second, string third)
    {
        using var cli = new CliHarness();

        Assert.That(cli.Run(command, "--help"), Is.EqualTo(ExitCodes.Success));
        Assert.That(cli.Output, Does.Contain(first).And.Contain(second).And.Contain(third));
    }

    [TestCase("")]
    [TestCase("run --bogus")]
    [TestCase("launch")]
    [TestCase("run --plan")]
    [TestCase("list --results out")]
    public void Usage_errors_exit_2_and_run_nothing(string commandLine)
    {
        using var cli = new CliHarness();

        Assert.That(cli.Run(commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries)), Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(cli.Output, Does.Contain("error:").And.Contain("--help"));
        Assert.That(Directory.Exists(Path.Combine(cli.Folder, "Reports")), Is.False);
    }

    [TestCase("run")]
    [TestCase("list")]
    [TestCase("validate")]
    public void An_invalid_plan_is_reported_at_file_line_column_and_exits_2(string command)
    {
        using var cli = new CliHarness();
        var source = RepositoryPaths.Fixture("Plans", "Invalid", "bad-enums.yaml");
        var plan = cli.WriteFile("bad-enums.yaml", File.ReadAllText(source));

        var exit = cli.Run(command, "--plan", plan);

        Assert.That(exit, Is.EqualTo(ExitCodes.InvalidInput));
        foreach (var expected in File.ReadAllLines(RepositoryPaths.Fixture("Plans", "Invalid", "bad-enums.errors")))
        {
            Assert.That(cli.Output, Does.Contain(Path.Combine(cli.Folder, expected)));
        }

        Assert.That(cli.Output, Does.Not.Contain("Running"));
        Assert.That(Directory.Exists(Path.Combine(cli.Folder, "Reports")), Is.False, "nothing may start on an invalid plan");
    }

    [Test]
    public void A_missing_plan_exits_2()
    {
        using var cli = new CliHarness();

        Assert.That(cli.Run("run", "--plan", "nowhere.yaml"), Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(cli.Output, Does.Contain(Path.Combine(cli.Folder, "nowhere.yaml") + ":1:1: test plan file not found"));
    }

    [Test]
    public void A_broken_baseline_is_an_invalid_plan()
    {
        using var cli = new CliHarness();
        var folder = RepositoryPaths.Fixture("Plans", "Invalid");

        Assert.That(cli.Run("validate", "--plan", Path.Combine(folder, "broken-baseline.yaml")), Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(cli.Output, Does.Contain("broken-baseline.yaml:4:11: expectedFailures[1].test"));
    }

    [Test]
    public void Validate_reports_a_valid_plan_and_exits_0()
    {
        using var cli = new CliHarness();

        Assert.That(cli.Run("validate"), Is.EqualTo(ExitCodes.Success));
        Assert.That(cli.Output, Does.Contain("The plan is valid.").And.Contain("DUT client \"sample-device\", LwM2M 1.1, adapter attach"));
    }
}
