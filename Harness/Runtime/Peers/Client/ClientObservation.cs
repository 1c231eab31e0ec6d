using System.Net;
using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m;
using Harness.Runtime.Coap;

namespace Harness.Runtime.Peers.Client;

/// <summary>
/// One Observe or Observe-Composite a server holds on the client: its paths and format, the CoAP observed
/// resource that numbers and delivers its notifications, and the timers that honour pmin and pmax.
/// </summary>
internal sealed class ClientObservation : IDisposable
{
    private readonly Lock gate = new();
    private ITimer? minimumPeriodTimer;
    private ITimer? maximumPeriodTimer;

    public ClientObservation(IPEndPoint peer, ReadOnlyMemory<byte> token, IReadOnlyList<Lwm2mPath> paths, bool composite, int? accept, int? requestFormat, CoapObservableResource resource)
    {
        Peer = peer;
        Token = token.ToArray();
        Paths = paths;
        IsComposite = composite;
        Accept = accept;
        RequestFormat = requestFormat;
        Resource = resource;
    }

    public IPEndPoint Peer { get; }

    public byte[] Token { get; }

    public IReadOnlyList<Lwm2mPath> Paths { get; }

    public bool IsComposite { get; }

    public int? Accept { get; }

    /// <summary>The Content-Format of an Observe-Composite's path list: the answer's format when Accept is absent.</summary>
    public int? RequestFormat { get; }

    public CoapObservableResource Resource { get; }

    /// <summary>When the last notification (or the first response) went out.</summary>
    public DateTimeOffset LastSent { get; set; }

    /// <summary>The payload last sent, to tell a real change from a write of the same value.</summary>
    public ReadOnlyMemory<byte> LastPayload { get; set; }

    public string Key => KeyOf(Peer, Token);

    public static string KeyOf(IPEndPoint peer, ReadOnlyMemory<byte> token) => $"{peer}#{Convert.ToHexString(token.Span)}";

    public bool Covers(Lwm2mPath changed) => Paths.Any(p => p.StartsWith(changed) || changed.StartsWith(p));

    /// <summary>Arms (or re-arms) the timer that sends the next notification at <paramref name="due"/> from now; false when one is already armed.</summary>
    public bool ArmMinimumPeriod(TimeProvider time, TimeSpan due, Action send)
    {
        lock (gate)
        {
            if (minimumPeriodTimer is not null)
            {
                return false;
            }

            minimumPeriodTimer = time.CreateTimer(_ => Fire(ref minimumPeriodTimer, send), null, due, Timeout.InfiniteTimeSpan);
            return true;
        }
    }

    /// <summary>Restarts the pmax timer; a notification goes out when it fires even without a change.</summary>
    public void ArmMaximumPeriod(TimeProvider time, TimeSpan? period, Action send)
    {
        lock (gate)
        {
            maximumPeriodTimer?.Dispose();
            maximumPeriodTimer = period is { } due && due > TimeSpan.Zero
                ? time.CreateTimer(_ => Fire(ref maximumPeriodTimer, send), null, due, Timeout.InfiniteTimeSpan)
                : null;
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            minimumPeriodTimer?.Dispose();
            maximumPeriodTimer?.Dispose();
            minimumPeriodTimer = null;
            maximumPeriodTimer = null;
        }
    }

    private void Fire(ref ITimer? timer, Action send)
    {
        lock (gate)
        {
            timer?.Dispose();
            timer = null;
        }

        send();
    }

    public override string ToString() => $"{(IsComposite ? "Observe-Composite" : "Observe")} {string.Join(", ", Paths)} by {Peer}";
}
