using Harness.Cli;
using Harness.Testing.Evidence;
using Harness.Tests.Support;
using Harness.Tests.Testing.Suite;

namespace Harness.Tests.Cli;

/// <summary>`run --capture MODE`: said once at the start, handed to every test, evidence under the results folder.</summary>
[NonParallelizable]
public sealed class RunCaptureOptionTests
{
    [Test]
    public void The_capture_mode_is_announced_and_every_case_leaves_evidence_under_the_results_folder()
    {
        // The sample plan with object 4, which the evidence sample needs, and a port of its own.
        var plan = SamplePlan.Text.Replace("- { id: 3, version: \"1.1\" }", "- { id: 3, version: \"1.1\" }\n    - { id: 4, version: \"1.1\" }", StringComparison.Ordinal)
            .Replace("serverPort: 15683", $"serverPort: {FreePort.Udp()}", StringComparison.Ordinal);
        using var cli = new CliHarness(plan);

        var exit = cli.Run("run", "--results", "out", "--capture", "tap", "--filter", "*-int-110");

        Assert.That(exit, Is.EqualTo(ExitCodes.NewFailures), cli.Output);
        Assert.That(cli.Output, Does.Contain("capture: in-process tap (asked for with capture=tap)"));
        var evidence = Path.Combine(cli.Folder, "out", "evidence");
        var folders = Directory.GetDirectories(evidence).Select(Path.GetFileName).ToList();
        Assert.That(folders, Has.Count.EqualTo(2).And.All.Contain("EvidenceSamples.Exchanges_"), "the plain and the flagged case");
        Assert.That(folders.Select(folder => File.Exists(Path.Combine(evidence, folder!, EvidenceFolder.CaptureFile))), Is.All.True);
    }

    [Test]
    public void An_unknown_capture_mode_is_a_usage_error()
    {
        using var cli = new CliHarness();

        Assert.That(cli.Run("run", "--capture", "sometimes"), Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(cli.Output, Does.Contain("sometimes"));
    }
}
