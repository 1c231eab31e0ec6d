using System.Text.RegularExpressions;
using Harness.Runtime.Dut;
using Microsoft.Extensions.Time.Testing;
using static Harness.Tests.Runtime.Dut.DutTestValues;

namespace Harness.Tests.Runtime.Dut;

public class ProcessDutAdapterOutputTests
{
    private DutScriptFolder scripts = null!;

    [SetUp]
    public void CreateScripts() => scripts = new DutScriptFolder();

    [TearDown]
    public void DeleteScripts() => scripts.Dispose();

    [Test]
    public async Task Placeholders_reach_the_process_as_separate_arguments()
    {
        string command = scripts.Command("args", "for a in \"$@\"; do echo \"arg:$a\"; done; echo done; read -r _", "--server {serverUri} --ep {endpoint} --psk {pskIdentity}:{pskKey} --life {lifetime} --ports {serverPort},{bootstrapPort} --bs {bootstrapUri} --profile {profile}");
        await using var dut = new ProcessDutAdapter(new() { CommandTemplate = command });
        var configuration = Configuration("dev 1 \"quoted\"") with { Extra = new Dictionary<string, string> { ["profile"] = "c3 values" } };

        await dut.StartAsync(configuration);
        await dut.WaitForOutputAsync(new Regex("^done$"), MustHappen);

        var arguments = dut.Evidence.Entries.Where(e => e.Kind == DutEvidenceKind.StandardOutput && e.Text.StartsWith("arg:", StringComparison.Ordinal)).Select(e => e.Text[4..]);
        Assert.That(arguments, Is.EqualTo(new[]
        {
            "--server", "coap://127.0.0.1:5683", "--ep", "dev 1 \"quoted\"", "--psk", "id-1:00112233", "--life", "120",
            "--ports", "5683,5783", "--bs", "coap://127.0.0.1:5783", "--profile", "c3 values",
        }));
    }

    [Test]
    public async Task An_unknown_placeholder_fails_the_start_and_starts_nothing()
    {
        await using var dut = new ProcessDutAdapter(new() { CommandTemplate = "/bin/true --ep {endpointName}" });

        var error = Assert.ThrowsAsync<DutConfigurationException>(() => dut.StartAsync(Configuration()));

        Assert.That(error!.Message, Does.StartWith("command template '/bin/true --ep {endpointName}', word '{endpointName}' uses unknown placeholder {endpointName}; known placeholders: {bootstrapPort}, {bootstrapUri}, {endpoint},"));
        Assert.That(dut.ProcessId, Is.Null);
        Assert.That(dut.State.Status, Is.EqualTo(DutRunStatus.NotStarted));
    }

    [Test]
    public async Task The_working_directory_and_environment_are_applied_with_placeholders()
    {
        string command = "/bin/sh -c 'echo \"cwd=$(pwd) var=$DUT_VAR\"; read -r _'";
        await using var dut = new ProcessDutAdapter(new()
        {
            CommandTemplate = command,
            WorkingDirectory = scripts.Path,
            Environment = new Dictionary<string, string> { ["DUT_VAR"] = "{endpoint}-{lifetime}" },
        });

        await dut.StartAsync(Configuration("ep-7"));
        var line = await dut.WaitForOutputAsync(new Regex("^cwd="), MustHappen);

        Assert.That(line.Text, Is.EqualTo($"cwd={scripts.Path} var=ep-7-120"));
    }

    [Test]
    public async Task Standard_output_and_error_keep_their_order_line_by_line()
    {
        string command = scripts.Command("many", "for i in $(seq 1 300); do echo \"out $i\"; echo \"err $i\" >&2; done; echo end; read -r _");
        await using var dut = new ProcessDutAdapter(new() { CommandTemplate = command });

        await dut.StartAsync(Configuration());
        await dut.WaitForOutputAsync(new Regex("^end$"), MustHappen);
        await dut.WaitForOutputAsync(new Regex("^err 300$"), MustHappen);

        var entries = dut.Evidence.Entries;
        var expected = Enumerable.Range(1, 300).ToList();
        Assert.That(entries.Where(e => e.Kind == DutEvidenceKind.StandardOutput && e.Text != "end").Select(e => e.Text), Is.EqualTo(expected.Select(i => $"out {i}")));
        Assert.That(entries.Where(e => e.Kind == DutEvidenceKind.StandardError).Select(e => e.Text), Is.EqualTo(expected.Select(i => $"err {i}")));
        Assert.That(entries.Select(e => e.At), Is.Ordered);
    }

    [Test]
    public async Task Evidence_is_timestamped_by_the_injected_clock_in_the_order_things_happened()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        var start = clock.GetUtcNow();
        string command = scripts.Command("turns", "echo first; read -r a; echo \"second $a\" >&2; read -r b; echo \"third $b\"; read -r _");
        await using var dut = new ProcessDutAdapter(new() { CommandTemplate = command, Stimuli = new Dictionary<string, string> { ["next"] = "go" } }, clock);

        await dut.StartAsync(Configuration());
        await dut.WaitForOutputAsync(new Regex("^first$"), MustHappen).WaitAsync(MustHappen);
        clock.Advance(TimeSpan.FromSeconds(1));
        await dut.SendStimulusAsync("next");
        await dut.WaitForOutputAsync(new Regex("^second go$"), MustHappen).WaitAsync(MustHappen);
        clock.Advance(TimeSpan.FromSeconds(1));
        await dut.SendStimulusAsync("next");
        await dut.WaitForOutputAsync(new Regex("^third go$"), MustHappen).WaitAsync(MustHappen);

        var log = dut.Evidence.Entries.Select(e => (e.At - start, e.Kind, e.Text)).ToList();
        Assert.That(log, Has.Count.EqualTo(6));
        Assert.That(log[0], Is.EqualTo((TimeSpan.Zero, DutEvidenceKind.Lifecycle, log[0].Text)));
        Assert.That(log.Skip(1), Is.EqualTo(new[]
        {
            (TimeSpan.Zero, DutEvidenceKind.StandardOutput, "first"),
            (TimeSpan.FromSeconds(1), DutEvidenceKind.Stimulus, "next: go"),
            (TimeSpan.FromSeconds(1), DutEvidenceKind.StandardError, "second go"),
            (TimeSpan.FromSeconds(2), DutEvidenceKind.Stimulus, "next: go"),
            (TimeSpan.FromSeconds(2), DutEvidenceKind.StandardOutput, "third go"),
        }));
        Assert.That(dut.Evidence.ToText(), Does.Contain("2026-03-01T12:00:01.000Z [err]      second go"));
    }

    [Test]
    public async Task Waiting_for_output_that_never_comes_names_the_pattern()
    {
        string command = scripts.Command("quiet", "echo hello; read -r _");
        await using var dut = new ProcessDutAdapter(new() { CommandTemplate = command });
        await dut.StartAsync(Configuration());

        var error = Assert.ThrowsAsync<DutTimeoutException>(() => dut.WaitForOutputAsync(new Regex("registered"), CannotHappen));

        Assert.That(error!.Message, Does.Contain("/registered/").And.Contain("within 1 s"));
    }
}
