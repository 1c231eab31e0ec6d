using System.Net;
using Harness.Runtime.Capture;
using Harness.Testing.Evidence;
using Harness.Testing.Metadata;
using Harness.Testing.Reporting.Allure;
using Harness.Testing.Suite;
using Harness.Testing.Verdicts;

namespace Harness.Tests.Testing.Reporting;

/// <summary>
/// Finished tests as the runner hands them over, with evidence files written into a folder of the test's own: a
/// passing registration, a failing read with steps, checks and a pcapng, an out-of-time update, a harness error and
/// a not-applicable case.
/// </summary>
internal sealed class SampleResults
{
    public static readonly DateTimeOffset Start = new(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);

    public SampleResults(string folder)
    {
        Folder = folder;
        Directory.CreateDirectory(folder);
    }

    public string Folder { get; }

    public static AllureRunInfo Run => new()
    {
        Host = "lab-host",
        Dut = "client urn:dev:sample",
        Lwm2mVersion = "1.1",
        Bindings = "udp",
        ContentFormats = "plainText, tlv",
        Adapter = "process",
        PlanPath = "/plans/testplan.yaml",
        HarnessVersion = "1.0.0-test",
        RunName = "sample-run",
    };

    public static SuiteTestResult Passing() => Result(
        "TestCases.Registration.InitialRegistration.Int101InitialRegistration",
        "Initial Registration",
        Lwm2mInterfaces.Registration,
        ["LightweightM2M-1.1-int-101"],
        ["LwM2M-CR-001-C-M", "LwM2M-REG-02"],
        new TestVerdict(Verdict.Pass, [new VerdictCheck(Verdict.Pass, "the server registered the DUT and sent 2.01 Created") { Step = 1 }]),
        offsetSeconds: 0);

    /// <summary>A failure at step 2 with expected and actual; evidence with two steps, a pcapng, a timeline and a DUT log.</summary>
    public SuiteTestResult Failing()
    {
        var checks = new[]
        {
            new VerdictCheck(Verdict.Pass, "Manufacturer is a plain-text value") { Step = 1 },
            new VerdictCheck(Verdict.Fail, "Model Number came back as TLV") { Step = 2, SpecClause = "RFC 7252 §5.10.3", Expected = "Content-Format 0 (text/plain)", Actual = "Content-Format 11542 (TLV)", RequirementIds = ["LwM2M-DMSE-001-C-M"] },
        };
        var result = Result(
            "TestCases.DeviceManagement.PlainTextBasicInformation.Int201PlainTextBasicInformation",
            "Querying basic information in Plain Text format",
            Lwm2mInterfaces.DeviceManagement,
            ["LightweightM2M-1.1-int-201", "LightweightM2M-1.0-int-201"],
            ["LwM2M-DMSE-001-C-M"],
            new TestVerdict(Verdict.Fail, checks),
            offsetSeconds: 10) with { Output = "step 1: read /3/0/0\nstep 2: read /3/0/1\n" };
        var evidence = new TestEvidence
        {
            Directory = Folder,
            CaptureMode = CaptureMode.Tap,
            CaptureNote = "no capture privilege",
            CapturePath = WritePcapng("int-201.pcapng"),
            CapturedFrames = 2,
            TimelinePath = Write("int-201-timeline.txt", "#1 CON GET /3/0/1\n#2 ACK 2.05 Content cf=11542\n"),
            DutLogPath = Write("int-201-dut.log", "registered location=/rd/0001\n"),
            Steps =
            [
                new StepRecord(1, "Read Manufacturer in plain text", Start.AddSeconds(10.1), Start.AddSeconds(10.4)),
                new StepRecord(2, "Read Model Number in plain text", Start.AddSeconds(10.4), Start.AddSeconds(11)),
            ],
        };
        return result with { Evidence = evidence };
    }

    public static SuiteTestResult OutOfTime() => Result(
        "TestCases.Registration.RegistrationUpdate.Int102RegistrationUpdate",
        "Registration Update",
        Lwm2mInterfaces.Registration,
        ["LightweightM2M-1.1-int-102"],
        ["LwM2M-CR-008-C-O"],
        new TestVerdict(Verdict.OutOfTime, [new VerdictCheck(Verdict.OutOfTime, "no Update within the lifetime") { Step = 1, Deadline = TimeSpan.FromSeconds(5) }]),
        offsetSeconds: 20);

    public static SuiteTestResult Error() => Result(
        "TestCases.Registration.Deregistration.Int103Deregistration",
        "Deregistration",
        Lwm2mInterfaces.Registration,
        ["LightweightM2M-1.1-int-103"],
        [],
        new TestVerdict(Verdict.Error, [new VerdictCheck(Verdict.Error, "the DUT process could not be started")]),
        offsetSeconds: 30);

    public static SuiteTestResult NotApplicable() => Result(
        "TestCases.DeviceManagement.TlvBasicInformation.Int203TlvBasicInformation",
        "Querying basic information in TLV format",
        Lwm2mInterfaces.DeviceManagement,
        ["LightweightM2M-1.1-int-203"],
        ["LwM2M-DMSE-001-C-M"],
        new TestVerdict(Verdict.NotApplicable, [new VerdictCheck(Verdict.NotApplicable, "the ICS does not list the TLV content format")]),
        offsetSeconds: 40);

    private static SuiteTestResult Result(string id, string title, string area, string[] ets, string[] requirements, TestVerdict verdict, int offsetSeconds) => new()
    {
        FullName = id,
        TestCase = new TestCaseMetadata(id)
        {
            EtsIds = ets,
            RequirementIds = requirements,
            SpecClauses = ["OMA-TS-LightweightM2M_Core-V1_1_1 §6.2.1"],
            Interface = area,
            Tags = ["testfest"],
        },
        Title = title,
        Verdict = verdict,
        Published = true,
        Duration = TimeSpan.FromSeconds(1),
        Start = Start.AddSeconds(offsetSeconds),
        Stop = Start.AddSeconds(offsetSeconds + 1),
    };

    private string Write(string name, string text)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private string WritePcapng(string name)
    {
        var path = Path.Combine(Folder, name);
        using var file = File.Create(path);
        using var writer = new PcapngWriter(file, "sample");
        var client = new IPEndPoint(IPAddress.Loopback, 40000);
        var server = new IPEndPoint(IPAddress.Loopback, 5683);
        writer.Write(new CapturedFrame(Start.AddSeconds(10.5), PcapLinkType.Raw, IpPacketBuilder.Udp(server, client, [0x40, 0x01, 0x12, 0x34]), "step 2"));
        writer.Write(new CapturedFrame(Start.AddSeconds(10.6), PcapLinkType.Raw, IpPacketBuilder.Udp(client, server, [0x60, 0x45, 0x12, 0x34]), "step 2"));
        return path;
    }
}
