using System.Text.RegularExpressions;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Messages;
using Harness.Runtime.Analysis;
using Harness.Runtime.Analysis.Rules;
using Harness.Runtime.Analysis.Timeline;
using Harness.Runtime.Capture;
using Harness.Runtime.Coap;
using Harness.Runtime.Peers;
using Harness.Tests.ReferenceDevice;
using static Harness.Tests.ReferenceDevice.ReferenceDeviceProcess;

namespace Harness.Tests.Runtime.Analysis.Rules;

/// <summary>
/// The reference device, which conforms, draws no finding: a whole session with the fake server (register, reads in
/// several formats, discover, an observation and its cancellation, update, de-register, a new register, quit) is
/// turned into frames from the server's socket view and judged by every rule. Set RECORD_REFERENCE_SESSION to a
/// file path to keep the capture (that is how Fixtures/Captures/reference-device-session.clean.pcapng was made).
/// </summary>
public sealed class ReferenceDeviceSessionTests
{
    [Test]
    public async Task A_session_of_the_reference_device_draws_no_finding()
    {
        await using var server = new FakeLwm2mServer(new FakeLwm2mServerSettings
        {
            ExpectTimeout = StartDeadline,
            ExpectedVersion = Lwm2mVersions.V11,
            AnswerPolicy = RegistrationAnswerPolicy.Automatic,
        });
        await using (var dut = Adapter())
        {
            await dut.StartAsync(Configuration(server));
            await server.ExpectRegisterAsync();
            await server.SendReadAsync(new Lwm2mPath(3, 0), accept: Harness.Protocol.Coap.ContentFormat.LwM2mTlv);
            await server.SendReadAsync(new Lwm2mPath(3, 0), accept: Harness.Protocol.Coap.ContentFormat.SenmlJson);
            await server.SendReadAsync(new Lwm2mPath(3, 0, 0));
            await server.SendDiscoverAsync(new Lwm2mPath(3));
            var observation = await server.SendObserveAsync(new ObserveRequest(new Lwm2mPath(3, 0, 13)));
            await server.SendCancelObservationAsync(observation);
            await dut.SendStimulusAsync("registrationUpdate");
            await server.ExpectUpdateAsync();
            await dut.SendStimulusAsync("deregister");
            await server.ExpectDeregisterAsync();
            await dut.WaitForOutputAsync(new Regex("^deregistered "), Prompt);
            await dut.SendStimulusAsync("reboot");
            await server.ExpectRegisterAsync();
            await dut.StopAsync();
            await server.ExpectDeregisterAsync();
        }

        var frames = Frames(server).ToList();
        if (Environment.GetEnvironmentVariable("RECORD_REFERENCE_SESSION") is { Length: > 0 } keep)
        {
            using var writer = new PcapngWriter(File.Create(keep), "lwm2m-conformance reference device session (in-process tap)");
            frames.ForEach(writer.Write);
        }

        var timeline = WireTimelineReader.FromFrames(frames);
        var findings = WireRuleSet.All.SelectMany(r => r.Check(timeline, WireAnalysisSettings.Default)).ToList();

        Assert.That(timeline.Messages, Has.Count.GreaterThanOrEqualTo(20));
        Assert.That(findings, Is.Empty, RuleRun.Describe(findings));
    }

    // The server's ephemeral port is written as 5683, so that any reader (tshark included) takes the frames for CoAP.
    private static IEnumerable<CapturedFrame> Frames(FakeLwm2mServer server) => server.Traffic.Select(d =>
    {
        var local = new System.Net.IPEndPoint(server.LocalEndPoint.Address, 5683);
        var (from, to) = d.Direction == CoapDatagramDirection.Sent ? (local, d.Remote) : (d.Remote, local);
        var packet = IpPacketBuilder.Udp(from, to, d.Bytes);
        return new CapturedFrame(d.Time, PcapLinkType.Raw, packet);
    });
}
