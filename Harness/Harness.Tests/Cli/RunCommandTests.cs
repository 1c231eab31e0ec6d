using System.Text.Json;
using Harness.Cli;

namespace Harness.Tests.Cli;

/// <summary>`run` against the sample cases: progress lines, the summary, results.json and the exit code.</summary>
public sealed class RunCommandTests
{
    private const string Ets = "LightweightM2M-1.1-int-";

    [Test]
    public void New_failures_exit_1_after_a_summary_of_every_test()
    {
        using var cli = new CliHarness();

        Assert.That(cli.Run("run", "--results", "out"), Is.EqualTo(ExitCodes.NewFailures));

        Assert.That(cli.Output, Does.Contain("Running 8 selected test cases (3 not selected)."));
        Assert.That(cli.Output, Does.Contain("Verdicts: NotApplicable 1, Pass 4, Fail 1, OutOfTime 1, Error 2"));
        Assert.That(cli.Output, Does.Contain("Baseline: 4 new failures, 0 expected, 0 fixed"));
        Assert.That(cli.Output, Does.Contain("Passes and echoes the plan parameter").And.Contain("the sample lifetime differs"));
        Assert.That(cli.Output, Does.Contain("no sample update within the deadline").And.Contain("new failure"));
    }

    [Test]
    public void Redirected_output_gets_one_plain_line_per_finished_test()
    {
        using var cli = new CliHarness();

        cli.Run("run", "--results", "out");

        var lines = cli.Output.Split('\n').Where(line => line.StartsWith('[')).ToList();
        Assert.That(lines, Has.Count.EqualTo(9));
        Assert.That(lines, Has.Some.Match(@"^\[ +\d\] FAIL +LightweightM2M-1\.1-int-102 RegistrationSamples\.Fails \(\d+ ms\)"));
        Assert.That(lines, Has.Some.Match(@"^\[ +\d\] PASS +LightweightM2M-1\.1-int-106 RegistrationSamples\.Parameterized\(2\) "));
        Assert.That(cli.Output, Does.Not.Contain("\u001b["), "no escape sequences in redirected output");
    }

    [Test]
    public void Results_json_holds_every_test_with_its_verdict_and_checks()
    {
        using var cli = new CliHarness();

        cli.Run("run", "--results", "out");

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(cli.Folder, "out", "results.json")));
        var root = json.RootElement;
        Assert.That(root.GetProperty("plan").GetString(), Is.EqualTo(Path.Combine(cli.Folder, "testplan.yaml")));
        Assert.That(root.GetProperty("hasNewFailures").GetBoolean(), Is.True);
        var tests = root.GetProperty("tests").EnumerateArray().ToList();
        Assert.That(tests, Has.Count.EqualTo(9));
        var fails = tests.Single(test => test.GetProperty("ets")[0].GetString() == Ets + "102");
        Assert.That(fails.GetProperty("verdict").GetString(), Is.EqualTo("Fail"));
        Assert.That(fails.GetProperty("baseline").GetString(), Is.EqualTo("newFailure"));
        var check = fails.GetProperty("checks")[0];
        Assert.That(check.GetProperty("step").GetInt32(), Is.EqualTo(2));
        Assert.That(check.GetProperty("expected").GetString(), Is.EqualTo("lt=30"));
        var late = tests.Single(test => test.GetProperty("ets")[0].GetString() == Ets + "103");
        Assert.That(late.GetProperty("checks")[0].GetProperty("deadlineSeconds").GetDouble(), Is.EqualTo(2.0));
        var notRun = root.GetProperty("notRun").EnumerateArray().ToDictionary(item => item.GetProperty("ets")[0].GetString()!, item => item.GetProperty("outcome").GetString());
        Assert.That(notRun, Is.EquivalentTo(new Dictionary<string, string?> { [Ets + "201"] = "NotApplicable", [Ets + "202"] = "Excluded", [Ets + "110"] = "NotApplicable" }));
        Assert.That(root.GetProperty("counts").GetProperty("Error").GetInt32(), Is.EqualTo(2));
    }

    [Test]
    public void Failures_the_baseline_expects_exit_0()
    {
        using var cli = new CliHarness(SamplePlanWithBaseline);
        cli.WriteFile("baseline.yaml", """
            expectedFailures:
              - { test: LightweightM2M-1.1-int-102, reason: known lifetime bug }
              - { test: LightweightM2M-1.1-int-103, reason: known slow update }
              - { test: LightweightM2M-1.1-int-105, reason: harness breakage sample }
              - { test: LightweightM2M-1.1-int-107, reason: teardown sample }
              - { test: LightweightM2M-1.1-int-101, reason: used to fail }
            """);

        Assert.That(cli.Run("run", "--results", "out"), Is.EqualTo(ExitCodes.Success));
        Assert.That(cli.Output, Does.Contain("Baseline: 0 new failures, 4 expected, 1 fixed"));
        Assert.That(cli.Output, Does.Contain("expected failure").And.Contain("its baseline entry \"LightweightM2M-1.1-int-101\" can go"));
    }

    [Test]
    public void Filters_repeat_and_narrow_the_run()
    {
        using var cli = new CliHarness();

        Assert.That(cli.Run("run", "--results", "out", "--filter", Ets + "101", "-f", "*Parameterized"), Is.EqualTo(ExitCodes.Success));
        Assert.That(cli.Output, Does.Contain("Running 2 selected test cases (9 not selected)."));
        Assert.That(cli.Output, Does.Contain("Verdicts: Pass 3"));
    }

    [Test]
    public void Nothing_selected_says_so_writes_results_and_exits_0()
    {
        using var cli = new CliHarness();

        Assert.That(cli.Run("run", "--filter", "LightweightM2M-9.9-int-*"), Is.EqualTo(ExitCodes.Success));

        Assert.That(cli.Output, Does.Contain("Nothing was selected"));
        var defaultFolder = Path.Combine(cli.Folder, "Reports", "out", "20261122-231500");
        Assert.That(File.Exists(Path.Combine(defaultFolder, "results.json")), Is.True, "results go to Reports/out/<timestamp> by default");
        Assert.That(cli.Output, Does.Contain("Results: " + Path.Combine(defaultFolder, "results.json")));
    }

    [Test]
    public void A_second_run_in_the_same_second_gets_its_own_folder()
    {
        using var cli = new CliHarness();

        cli.Run("run", "--filter", "none");
        cli.Run("run", "--filter", "none");

        Assert.That(Directory.GetDirectories(Path.Combine(cli.Folder, "Reports", "out")).Select(Path.GetFileName),
            Is.EquivalentTo(new[] { "20261122-231500", "20261122-231500-2" }));
    }

    [Test]
    public void An_interrupted_run_exits_130_and_keeps_what_it_has()
    {
        using var stop = new CancellationTokenSource();
        stop.Cancel();
        using var cli = new CliHarness { Stop = stop.Token };

        Assert.That(cli.Run("run", "--results", "out"), Is.EqualTo(ExitCodes.Interrupted));
        Assert.That(cli.Output, Does.Contain("Interrupted: 8 selected test cases were not run."));
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(cli.Folder, "out", "results.json")));
        Assert.That(json.RootElement.GetProperty("interrupted").GetBoolean(), Is.True);
    }

    [Test]
    public void On_a_terminal_the_live_status_runs_beside_the_same_lines()
    {
        using var cli = new CliHarness { Interactive = true };

        Assert.That(cli.Run("run", "--results", "out"), Is.EqualTo(ExitCodes.NewFailures));
        Assert.That(cli.Output, Does.Contain("LightweightM2M-1.1-int-102 RegistrationSamples.Fails"));
        Assert.That(cli.Output, Does.Contain("Verdicts: NotApplicable 1, Pass 4, Fail 1, OutOfTime 1, Error 2"));
    }

    [Test]
    public void Missing_test_cases_exit_2_before_anything_runs()
    {
        using var cli = new CliHarness { TestAssembly = () => throw new FileNotFoundException("TestCases.dll is not beside the tool") };

        Assert.That(cli.Run("run", "--results", "out"), Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(cli.Output, Does.Contain("cannot load the test cases: TestCases.dll is not beside the tool"));
        Assert.That(Directory.Exists(Path.Combine(cli.Folder, "out")), Is.False);
    }

    private const string SamplePlanWithBaseline = Testing.Suite.SamplePlan.Text + "\nbaseline: baseline.yaml\n";
}
