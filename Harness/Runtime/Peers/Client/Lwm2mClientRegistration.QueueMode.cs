using System.Globalization;
using Harness.Runtime.Coap;

namespace Harness.Runtime.Peers.Client;

/// <summary>
/// Queue mode: after each uplink the client stays reachable for the awake window, then sleeps. Asleep, its
/// endpoint hands every datagram to the raw queue, where nothing is answered; the next uplink drops them and
/// wakes it. Without queue mode the client never sleeps.
/// </summary>
public sealed partial class Lwm2mClientRegistration
{
    private ITimer? sleepTimer;
    private int uplinksInFlight;
    private bool asleep;

    /// <summary>False only while a queue-mode client sleeps.</summary>
    public bool IsAwake => !Read(() => asleep);

    /// <summary>How long the client stays reachable after an uplink in queue mode.</summary>
    public TimeSpan AwakeWindow => Settings.AwakeWindow ?? endpoint.Settings.MaxTransmitWait;

    /// <summary>For uplinks other than registration (notifications, Send): wakes the client and restarts its awake window.</summary>
    public void NoteUplink()
    {
        BeginUplink();
        EndUplink();
    }

    private void BeginUplink()
    {
        Replace(ref sleepTimer, null);
        bool wasAsleep;
        lock (gate)
        {
            uplinksInFlight++;
            wasAsleep = asleep;
            asleep = false;
            endpoint.ReceiveMode = CoapReceiveMode.MessageLayer;
        }

        if (!wasAsleep)
        {
            return;
        }

        int dropped = endpoint.DrainRaw().Count;
        Raise(RegistrationEventKind.Awake, "awake");
        if (dropped > 0)
        {
            Raise(RegistrationEventKind.Dropped, string.Create(CultureInfo.InvariantCulture, $"dropped {dropped} datagram(s) that arrived while asleep"));
        }
    }

    private void EndUplink()
    {
        Write(() => uplinksInFlight--);
        if (!Settings.QueueMode || disposal.IsCancellationRequested)
        {
            return;
        }

        var timer = Time.CreateTimer(_ => FallAsleep(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        Replace(ref sleepTimer, timer);
        timer.Change(AwakeWindow, Timeout.InfiniteTimeSpan);
    }

    private void FallAsleep()
    {
        if (disposal.IsCancellationRequested)
        {
            return;
        }

        bool fell;
        lock (gate)
        {
            // An uplink that began after this timer fired keeps the client awake; its end re-arms the timer.
            fell = uplinksInFlight == 0 && !asleep;
            if (fell)
            {
                asleep = true;
                endpoint.ReceiveMode = CoapReceiveMode.Raw;
            }
        }

        if (fell)
        {
            Raise(RegistrationEventKind.Sleeping, "sleeping");
        }
    }
}
