using Harness.Testing.Evidence;
using Harness.Testing.Suite;
using Harness.Testing.Verdicts;
using Harness.Tests.SampleCases;
using Harness.Tests.Support;
using Harness.Tests.Testing.Cases;

namespace Harness.Tests.Testing.Evidence;

/// <summary>
/// The evidence a case on the real base class publishes with its verdict: a sample case exchanges one datagram in
/// each of two steps, run in a nested NUnit run with the capture mode and evidence root as test parameters.
/// </summary>
[NonParallelizable]
public sealed class ServerTestCaseEvidenceTests
{
    private string folder = null!;
    private string plan = null!;

    [SetUp]
    public void WritePlan()
    {
        folder = Path.Combine(Path.GetTempPath(), "evidence-case-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        plan = Path.Combine(folder, "testplan.yaml");
        File.WriteAllText(plan, $$"""
            dut:
              role: client
              lwm2mVersion: "1.1"
              endpoint: evidence-sample
              adapter:
                kind: attach
            ics:
              objects:
                - { id: 1 }
                - { id: 3 }
                - { id: 4 }
            ixit:
              serverPort: {{FreePort.Udp()}}
            """);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    [Test]
    public async Task A_case_publishes_a_live_capture_whose_frames_carry_their_steps()
    {
        var published = Run("auto");
        var evidence = published.Evidence;

        Assert.That(published.Verdict.Overall, Is.EqualTo(Verdict.Pass), published.Verdict.Describe(published.Verdict.Checks));
        Assert.That(evidence, Is.Not.Null);
        Assert.That(evidence!.Directory, Does.StartWith(Path.Combine(folder, "evidence")).And.Contain("EvidenceSamples.ExchangesOneDatagramPerStep-"));
        Assert.That(evidence.CaptureMode, Is.EqualTo(CaptureMode.Live), evidence.CaptureNote);
        Assert.That(evidence.DroppedFrames, Is.Zero);
        Assert.That(evidence.Steps.Select(step => step.Number), Is.EqualTo(new[] { 0, 1, 2 }));
        var rows = await TsharkFields.ReadAsync(evidence.CapturePath!, [], "data.data", "frame.comment");
        var request = Convert.ToHexStringLower(EvidenceSamples.Request);
        var answer = Convert.ToHexStringLower(EvidenceSamples.Answer);
        Assert.That(rows.Where(row => row[0].Replace(":", "", StringComparison.Ordinal) == request).Select(row => row[1]), Is.EqualTo(new[] { "step 1: the peer sends a non-confirmable GET" }));
        Assert.That(rows.Where(row => row[0].Replace(":", "", StringComparison.Ordinal) == answer).Select(row => row[1]), Is.EqualTo(new[] { "step 2: the server answers with a non-confirmable 2.05" }));
        Assert.That(evidence.CapturedFrames, Is.EqualTo(rows.Count));
    }

    [Test]
    public void The_capture_parameter_forces_the_tap_and_says_so()
    {
        var published = Run("tap");
        var evidence = published.Evidence!;

        Assert.That(published.Verdict.Overall, Is.EqualTo(Verdict.Pass));
        Assert.That(evidence.CaptureMode, Is.EqualTo(CaptureMode.Tap));
        Assert.That(evidence.CaptureNote, Does.Contain("capture=tap"));
        Assert.That(File.Exists(evidence.CapturePath), Is.True);
        Assert.That(evidence.CapturedFrames, Is.GreaterThanOrEqualTo(2), "at least the GET and the answer");
    }

    [Test]
    public void Capture_off_leaves_no_pcapng_and_an_unknown_mode_is_an_error()
    {
        var off = Run("off").Evidence!;
        var unknown = Run("sometimes");

        Assert.That(off.CaptureMode, Is.EqualTo(CaptureMode.None));
        Assert.That(off.CapturePath, Is.Null);
        Assert.That(Directory.GetFiles(off.Directory), Is.Empty);
        Assert.That(unknown.Verdict.Overall, Is.EqualTo(Verdict.Error));
        Assert.That(unknown.Verdict.Deciding.Single().Reason, Does.Contain("sometimes").And.Contain(CaptureChoices.Allowed));
    }

    private VerdictPublishedEventArgs Run(string capture) =>
        SingleCaseRun.RunPublished(plan, typeof(EvidenceSamples), nameof(EvidenceSamples.ExchangesOneDatagramPerStep), new Dictionary<string, string>
        {
            [SuiteParameters.Capture] = capture,
            [SuiteParameters.Evidence] = Path.Combine(folder, "evidence"),
        });
}
