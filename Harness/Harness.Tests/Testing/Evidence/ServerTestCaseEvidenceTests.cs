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
    private const string Plain = nameof(EvidenceSamples.Exchanges) + "(False)";
    private const string Flagged = nameof(EvidenceSamples.Exchanges) + "(True)";
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
        Assert.That(evidence!.Directory, Does.StartWith(Path.Combine(folder, "evidence")).And.Contain("EvidenceSamples.Exchanges_False_-"));
        Assert.That(evidence.CaptureMode, Is.EqualTo(CaptureMode.Live), evidence.CaptureNote);
        Assert.That(evidence.DroppedFrames, Is.Zero);
        Assert.That(evidence.Steps.Select(step => step.Number), Is.EqualTo(new[] { 0, 1, 2 }));
        var rows = await TsharkFields.ReadAsync(evidence.CapturePath!, [], "data.data", "frame.comment");
        var request = Convert.ToHexStringLower(EvidenceSamples.Request);
        var answer = Convert.ToHexStringLower(EvidenceSamples.Answer);
        Assert.That(rows.Where(row => row[0].Replace(":", "", StringComparison.Ordinal) == request).Select(row => row[1]), Is.EqualTo(new[] { "step 1: the peer sends a non-confirmable GET" }));
        Assert.That(rows.Where(row => row[0].Replace(":", "", StringComparison.Ordinal) == answer).Select(row => row[1]), Is.EqualTo(new[] { "step 2: the server answers with a non-confirmable 2.05" }));
        Assert.That(evidence.CapturedFrames, Is.EqualTo(rows.Count));
        var timeline = File.ReadAllLines(evidence.TimelinePath!);
        var step1 = Array.IndexOf(timeline, "== step 1: the peer sends a non-confirmable GET");
        var step2 = Array.IndexOf(timeline, "== step 2: the server answers with a non-confirmable 2.05");
        Assert.That(step1, Is.GreaterThan(0), string.Join('\n', timeline));
        Assert.That(step2, Is.GreaterThan(step1), string.Join('\n', timeline));
        Assert.That(timeline[step1 + 1], Does.Contain("NON 0.01 GET"));
        Assert.That(timeline[step2 + 1], Does.Contain("NON 2.05 Content"));
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

    [TestCase("auto")]
    [TestCase("tap")]
    public void A_wire_finding_fails_the_test_at_the_step_of_the_offending_message(string capture)
    {
        var published = Run(capture, Flagged);
        var verdict = published.Verdict;

        Assert.That(verdict.Overall, Is.EqualTo(Verdict.Fail), verdict.Describe(verdict.Checks));
        var wire = verdict.Checks.Where(check => check.Reason.StartsWith("wire", StringComparison.Ordinal)).ToList();
        Assert.That(wire, Has.Count.EqualTo(1), "the peer's flagged GET only: the server's answer echoing the token is never at fault");
        Assert.That(wire[0].Verdict, Is.EqualTo(Verdict.Fail));
        Assert.That(wire[0].Reason, Does.StartWith($"wire [{FlaggedTokenRule.RuleId}]: frame "));
        Assert.That(wire[0].Step, Is.EqualTo(2));
        Assert.That(wire[0].SpecClause, Is.EqualTo("sample clause 1.2"));
        Assert.That((wire[0].Expected, wire[0].Actual), Is.EqualTo(("any token but EE", "token EE")));
        Assert.That(verdict.Checks.Where(check => check.Verdict == Verdict.Pass).Select(check => check.Reason), Does.Contain("the server answered the flagged GET"), "the live checks stay beside the wire's");
    }

    [Test]
    public void A_clean_capture_adds_one_passing_wire_check()
    {
        var verdict = Run("auto").Verdict;

        var wire = verdict.Checks.Where(check => check.Reason.StartsWith("wire", StringComparison.Ordinal)).ToList();
        Assert.That(wire, Has.Count.EqualTo(1));
        Assert.That(wire[0].Verdict, Is.EqualTo(Verdict.Pass));
        Assert.That(wire[0].Reason, Does.Match(@"^wire analysis: [3-9] messages, no violation$"), "the GET, the server's own answer to it, the 2.05");
    }

    private VerdictPublishedEventArgs Run(string capture, string method = Plain) =>
        SingleCaseRun.RunPublished(plan, typeof(EvidenceSamples), method, new Dictionary<string, string>
        {
            [SuiteParameters.Capture] = capture,
            [SuiteParameters.Evidence] = Path.Combine(folder, "evidence"),
        });
}
