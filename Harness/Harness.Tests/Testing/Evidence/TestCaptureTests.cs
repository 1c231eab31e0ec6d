using System.Net;
using System.Text;
using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Messages;
using Harness.Runtime.Capture;
using Harness.Runtime.Coap;
using Harness.Testing.Evidence;
using Harness.Tests.Support;

namespace Harness.Tests.Testing.Evidence;

/// <summary>The capture of one test as the base class uses it: the fallback, the refusal, and the tap's pcapng read back by tshark.</summary>
[NonParallelizable]
public sealed class TestCaptureTests
{
    private static readonly IPEndPoint Harness = new(IPAddress.Loopback, 5683);
    private string folder = null!;

    [SetUp]
    public void CreateFolder() => folder = Path.Combine(Path.GetTempPath(), "evidence-" + Guid.NewGuid().ToString("N"));

    [TearDown]
    public void DeleteFolder()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void Auto_falls_back_to_the_tap_and_says_why()
    {
        using var capture = TestCapture.Start(CaptureChoice.Auto, [Harness], interfaceName: "no-such-if0");

        Assert.That(capture.Mode, Is.EqualTo(CaptureMode.Tap));
        Assert.That(capture.Note, Does.Contain("no-such-if0"));
        Assert.That(capture.Description, Does.StartWith("in-process tap (").And.Contain("no-such-if0"));
    }

    [Test]
    public void Live_refuses_to_fall_back()
    {
        Assert.Throws<CaptureUnavailableException>(() => TestCapture.Start(CaptureChoice.Live, [Harness], interfaceName: "no-such-if0"));
        Assert.That(TestCapture.Announce(CaptureChoice.Live, IPAddress.Loopback, "no-such-if0"), Does.Contain("Error").And.Contain("no-such-if0"));
        Assert.That(TestCapture.Announce(CaptureChoice.Auto, IPAddress.Loopback), Is.EqualTo("live on lo"));
        Assert.That(TestCapture.Announce(CaptureChoice.Off, IPAddress.Loopback), Is.EqualTo("off"));
    }

    [Test]
    public async Task The_tap_writes_a_pcapng_tshark_reads_as_coap_with_step_comments()
    {
        await using var harness = new CoapUdpEndpoint(new CoapUdpEndpointOptions
        {
            RequestHandler = (_, _) => ValueTask.FromResult<CoapMessage?>(Lwm2mResponses.Content(Encoding.UTF8.GetBytes("Acme"), ContentFormat.TextPlain)),
        });
        await using var peer = new CoapUdpEndpoint(new CoapUdpEndpointOptions());
        var recorder = new StepRecorder(DateTimeOffset.UtcNow);
        using var capture = TestCapture.Start(CaptureChoice.Tap, [harness.LocalEndPoint]);
        recorder.Begin(1, "the peer reads /3/0/0", DateTimeOffset.UtcNow);
        await peer.SendRequestAsync(new ReadRequest(Lwm2mPath.Parse("/3/0/0")).ToCoapMessage(), harness.LocalEndPoint);
        recorder.Begin(2, "the peer reads /3/0/1", DateTimeOffset.UtcNow);
        await peer.SendRequestAsync(new ReadRequest(Lwm2mPath.Parse("/3/0/1")).ToCoapMessage(), harness.LocalEndPoint);

        var outcome = await capture.StopAsync(HarnessDatagrams.From(harness.Traffic, harness.LocalEndPoint));
        var evidence = EvidenceWriter.Write(folder, outcome, recorder.Finish(DateTimeOffset.UtcNow), "the DUT said hello\n", DateTimeOffset.UtcNow);
        var rows = await TsharkFields.ReadAsync(evidence.CapturePath!, [harness.LocalEndPoint.Port], "udp.srcport", "coap.code", "coap.opt.uri_path", "frame.comment");

        Assert.That(evidence.CaptureMode, Is.EqualTo(CaptureMode.Tap));
        Assert.That(evidence.CaptureNote, Does.Contain("capture=tap"));
        Assert.That(evidence.CapturedFrames, Is.EqualTo(4));
        Assert.That(File.ReadAllText(evidence.DutLogPath!), Is.EqualTo("the DUT said hello\n"));
        var port = peer.LocalEndPoint.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(rows.Select(row => (row[0] == port ? "peer" : "harness", row[1], row[3])), Is.EqualTo(new[]
        {
            ("peer", "1", "step 1: the peer reads /3/0/0"),
            ("harness", "69", "step 1: the peer reads /3/0/0"),
            ("peer", "1", "step 2: the peer reads /3/0/1"),
            ("harness", "69", "step 2: the peer reads /3/0/1"),
        }), "GET then 2.05 Content in each step, as tshark dissects them");
        Assert.That(rows[0][2], Is.EqualTo("3"), "tshark reads the first Uri-Path option");
    }
}
