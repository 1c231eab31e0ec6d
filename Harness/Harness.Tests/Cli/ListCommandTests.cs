using Harness.Cli;

namespace Harness.Tests.Cli;

/// <summary>`list`: what would run, and why the rest would not.</summary>
public sealed class ListCommandTests
{
    [Test]
    public void Lists_what_runs_and_the_reason_for_everything_else()
    {
        using var cli = new CliHarness();

        Assert.That(cli.Run("list"), Is.EqualTo(ExitCodes.Success));

        var output = cli.Output;
        Assert.That(output, Does.Contain("Would run (8):"));
        Assert.That(output, Does.Contain("run  LightweightM2M-1.1-int-101  Harness.Tests.SampleCases.RegistrationSamples.Passes"));
        Assert.That(output, Does.Contain("Would not run (3):"));
        Assert.That(output, Does.Match(@"not applicable  LightweightM2M-1\.1-int-201  Harness\.Tests\.SampleCases\.DeviceManagementSamples\.NeedsFirmwareUpdateObject: .*5"));
        Assert.That(output, Does.Contain("excluded  LightweightM2M-1.1-int-202  Harness.Tests.SampleCases.DeviceManagementSamples.Slow: excluded by selection.exclude.tags \"slow\""));
        Assert.That(output, Does.Contain("Total: 11 test case(s): 8 run, 1 excluded, 2 not applicable"));
        Assert.That(Directory.Exists(Path.Combine(cli.Folder, "Reports")), Is.False, "list runs nothing");
    }

    [Test]
    public void Filters_narrow_the_list_and_are_named_as_the_reason()
    {
        using var cli = new CliHarness();

        Assert.That(cli.Run("list", "--filter", "*-int-101"), Is.EqualTo(ExitCodes.Success));
        Assert.That(cli.Output, Does.Contain("Would run (1):"));
        Assert.That(cli.Output, Does.Contain("RegistrationSamples.Fails: matches no --filter (*-int-101)"));
    }
}
