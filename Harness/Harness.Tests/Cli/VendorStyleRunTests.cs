using System.Text.Json;
using Harness.Tests.Support;

namespace Harness.Tests.Cli;

/// <summary>
/// The command-line tool as a vendor runs it in CI: a separate process, `dotnet lwm2m-conformance.dll run --plan
/// their-plan.yaml --results DIR`, against a plan of their own (<see cref="VendorPlan"/>); judged by its exit code,
/// its summary on stdout and results.json. Also the terminal's Ctrl+C, which reaches every process of the
/// foreground group: the DUTs the tool starts must not hear it.
/// </summary>
[Category("Cli")]
[Category("SelfValidation")]
public sealed class VendorStyleRunTests
{
    /// <summary>Ten cases of seconds each, plus process starts on a loaded 2-core machine.</summary>
    private static readonly TimeSpan RunDeadline = TimeSpan.FromMinutes(8);

    private static readonly string Cli = Path.Combine(AppContext.BaseDirectory, "lwm2m-conformance.dll");

    private string folder = null!;

    [SetUp]
    public void CreateFolder()
    {
        folder = Path.Combine(Path.GetTempPath(), "vendor-run-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    [Test]
    public async Task A_vendor_plan_for_a_conforming_client_exits_0_with_every_case_passed()
    {
        var run = await RunAsync(VendorPlan.Text());

        Assert.That(run.ExitCode, Is.EqualTo(0), run.StandardOutput + run.StandardError);
        Assert.That(run.StandardOutput, Does.Contain("Verdicts: Pass 10").And.Contain("Baseline: 0 new failures"), run.StandardOutput);
        var verdicts = Verdicts();
        Assert.That(verdicts, Has.Count.EqualTo(10), "every case is in results.json");
        Assert.That(verdicts.Values, Is.All.EqualTo("Pass"), string.Join("\n", verdicts));
    }

    [Test]
    public async Task A_vendor_client_that_registers_with_a_wrong_endpoint_name_exits_1_with_int_101_failed()
    {
        var run = await RunAsync(VendorPlan.Text("--fault wrong-endpoint"));

        Assert.That(run.ExitCode, Is.EqualTo(1), run.StandardOutput + run.StandardError);
        Assert.That(Verdicts()["LightweightM2M-1.1-int-101"], Is.EqualTo("Fail"), run.StandardOutput);
    }

    [Test]
    [Platform(Exclude = "Win")]
    public async Task Ctrl_C_at_the_terminal_stops_after_the_running_test_without_reaching_the_DUT()
    {
        // The first DUT announces its start through a FIFO, so that the SIGINT comes while a test runs.
        string started = Path.Combine(folder, "started");
        Assert.That((await ExternalProcess.RunAsync("mkfifo", [started], TimeSpan.FromSeconds(10))).ExitCode, Is.EqualTo(0));
        string launcher = Path.Combine(folder, "announce.sh");
        await File.WriteAllTextAsync(launcher, $"#!/bin/sh\n[ -e \"{started}.done\" ] || {{ : > \"{started}.done\"; echo started > \"{started}\"; }}\nexec \"$@\"\n");
        Assert.That((await ExternalProcess.RunAsync("chmod", ["u+x", launcher], TimeSpan.FromSeconds(10))).ExitCode, Is.EqualTo(0));
        string plan = Path.Combine(folder, "testplan.yaml");
        await File.WriteAllTextAsync(plan, VendorPlan.Text(launcher: launcher));

        // setsid makes the tool the leader of a process group of the test's own, standing in for a terminal's
        // foreground group; kill -INT -PGID is what the terminal does on Ctrl+C.
        var tool = ExternalProcess.Start("setsid", ["dotnet", Cli, "run", "--plan", plan, "--results", Path.Combine(folder, "results")]);
        await Task.Run(() => File.ReadAllText(started)).WaitAsync(RunDeadline);
        var kill = await ExternalProcess.RunAsync("kill", ["-INT", "--", "-" + tool.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)], TimeSpan.FromSeconds(10));
        Assert.That(kill.ExitCode, Is.EqualTo(0), kill.StandardError);
        await tool.WaitForExitAsync(RunDeadline);

        Assert.That(tool.ExitCode, Is.EqualTo(130), tool.StandardOutput + tool.StandardError);
        var verdicts = Verdicts();
        Assert.That(verdicts, Has.Count.EqualTo(1), "the test running at Ctrl+C finished, and no other started:\n" + tool.StandardOutput);
        Assert.That(verdicts.Values, Is.All.EqualTo("Pass"), "the DUT did not hear the SIGINT:\n" + string.Join("\n", verdicts) + "\n" + tool.StandardOutput);
    }

    private async Task<ExternalProcess> RunAsync(string planText)
    {
        Assert.That(File.Exists(Cli), Is.True, $"{Cli} is built beside the tests (Harness.Tests references Harness.Cli)");
        string plan = Path.Combine(folder, "testplan.yaml");
        await File.WriteAllTextAsync(plan, planText);
        return await ExternalProcess.RunAsync("dotnet", [Cli, "run", "--plan", plan, "--results", Path.Combine(folder, "results")], RunDeadline);
    }

    /// <summary>results.json: the verdict of every finished test by its first ETS id.</summary>
    private Dictionary<string, string> Verdicts()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "results", "results.json")));
        return json.RootElement.GetProperty("tests").EnumerateArray().ToDictionary(
            test => test.GetProperty("ets")[0].GetString()!,
            test => test.GetProperty("verdict").GetString()!,
            StringComparer.Ordinal);
    }
}
