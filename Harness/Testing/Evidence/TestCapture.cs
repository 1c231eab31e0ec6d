using System.Net;
using Harness.Runtime.Capture;

namespace Harness.Testing.Evidence;

/// <summary>
/// The capture of one test: live on the interface carrying the harness's address when asked for and possible,
/// otherwise the in-process tap built at the end from the harness's own socket view, with the reason in
/// <see cref="Note"/>. Started once the harness's port is known, stopped after the harness closed its sockets.
/// </summary>
public sealed class TestCapture : IDisposable
{
    private const string SwitchedOff = "switched off with capture=off";
    private const string TapAskedFor = "asked for with capture=tap";
    private readonly LiveCapture? live;

    private TestCapture(CaptureMode mode, LiveCapture? live, string? note)
    {
        Mode = mode;
        this.live = live;
        Note = note;
    }

    public CaptureMode Mode { get; }

    /// <summary>Why the capture is not live, or null when it is.</summary>
    public string? Note { get; }

    /// <summary>One line for the console and the test output: "live on lo", "in-process tap (reason)" or "off".</summary>
    public string Description => Describe(Mode, live?.InterfaceName, Note);

    /// <summary>
    /// Starts the capture <paramref name="choice"/> asks for, of <paramref name="harness"/>'s ports. A live capture
    /// that cannot start falls back to the tap under <see cref="CaptureChoice.Auto"/> and throws
    /// <see cref="CaptureUnavailableException"/> under <see cref="CaptureChoice.Live"/>.
    /// </summary>
    public static TestCapture Start(CaptureChoice choice, IReadOnlyList<IPEndPoint> harness, TimeProvider? time = null, string? interfaceName = null)
    {
        ArgumentNullException.ThrowIfNull(harness);
        switch (choice)
        {
            case CaptureChoice.Off:
                return new TestCapture(CaptureMode.None, null, SwitchedOff);
            case CaptureChoice.Tap:
                return new TestCapture(CaptureMode.Tap, null, TapAskedFor);
        }

        var settings = SettingsFor(harness, time, interfaceName);
        try
        {
            return new TestCapture(CaptureMode.Live, LiveCapture.Start(settings), null);
        }
        catch (Exception e) when (choice == CaptureChoice.Auto && e is not OutOfMemoryException)
        {
            return new TestCapture(CaptureMode.Tap, null, e.Message);
        }
    }

    /// <summary>What a run with <paramref name="choice"/> would capture on <paramref name="address"/>, in the words of <see cref="Description"/>.</summary>
    public static string Announce(CaptureChoice choice, IPAddress address, string? interfaceName = null)
    {
        ArgumentNullException.ThrowIfNull(address);
        return choice switch
        {
            CaptureChoice.Off => Describe(CaptureMode.None, null, null),
            CaptureChoice.Tap => Describe(CaptureMode.Tap, null, TapAskedFor),
            _ => LiveCapture.Probe(SettingsFor([new IPEndPoint(address, 0)], null, interfaceName)) switch
            {
                { IsAvailable: true } probe => Describe(CaptureMode.Live, probe.InterfaceName, null),
                var probe when choice == CaptureChoice.Live => $"live capture unavailable, every test will end in Error ({probe.Reason})",
                var probe => Describe(CaptureMode.Tap, null, probe.Reason),
            },
        };
    }

    /// <summary>
    /// Stops the capture. <paramref name="harnessView"/> is every datagram the harness sent or received: a live
    /// capture waits for them (with its deadline) and counts those it lacks as dropped; the tap is made from them.
    /// </summary>
    public async Task<CaptureOutcome> StopAsync(IReadOnlyList<UdpDatagramView> harnessView, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(harnessView);
        switch (Mode)
        {
            case CaptureMode.None:
                return CaptureOutcome.None(Note ?? "no capture");
            case CaptureMode.Tap:
                var frames = InProcessTap.Frames(harnessView);
                return new CaptureOutcome(CaptureMode.Tap, Note, PcapLinkType.Raw, frames, new CaptureStatistics(frames.Count, 0));
        }

        var result = await live!.StopAsync(harnessView, cancellationToken).ConfigureAwait(false);
        return new CaptureOutcome(CaptureMode.Live, null, result.LinkType, result.Frames, new CaptureStatistics(result.Statistics.Received, result.Dropped));
    }

    public void Dispose() => live?.Dispose();

    private static LiveCaptureSettings SettingsFor(IReadOnlyList<IPEndPoint> harness, TimeProvider? time, string? interfaceName) => new()
    {
        LocalAddress = harness.Count > 0 ? harness[0].Address : IPAddress.Loopback,
        Ports = [.. harness.Select(endpoint => endpoint.Port)],
        InterfaceName = interfaceName,
        TimeProvider = time ?? TimeProvider.System,
    };

    private static string Describe(CaptureMode mode, string? interfaceName, string? note) => mode switch
    {
        CaptureMode.Live => $"live on {interfaceName}",
        CaptureMode.Tap => $"in-process tap ({note})",
        _ => "off",
    };
}
