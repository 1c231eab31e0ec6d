using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Messages;
using Harness.Runtime.Coap;
using Harness.Runtime.Peers;
using Harness.Testing.Cases;
using Harness.Testing.Metadata;
using Harness.Testing.Verdicts;

namespace TestCases.Registration;

/// <summary>
/// LightweightM2M-1.1-int-109 Behavior in Queue Mode: once the queue-mode DUT has been silent for
/// MAX_TRANSMIT_WAIT the server holds a Read instead of sending it, and sends it right after the DUT's next Update.
/// </summary>
public sealed class QueueModeBehaviour : RegisteredDutTestCase
{
    private const int MaxQuietRounds = 3;

    private static readonly Lwm2mPath Manufacturer = new(3, 0, 0);

    protected override DutOptions Options => new(Timings.Lifetime, QueueMode: true);

    /// <summary>A held request waits for the DUT's next Update: the quiet window plus a whole queue-mode lifetime.</summary>
    protected override FakeLwm2mServerSettings ServerSettings() => base.ServerSettings() with
    {
        QueuedRequestTimeout = QuietWindow + Timings.UpdateWithin(Timings.QueueModeLifetime) + Timings.Exchange,
    };

    private TimeSpan QuietWindow => Timings.AwakeWindow + Timings.Tolerance(Timings.AwakeWindow);

    [Test]
    [Ets("LightweightM2M-1.1-int-109")]
    [Description("Behavior in Queue Mode")]
    [Requirement("LwM2M-MEC-001-C-O", "LwM2M-CR-008-C-M")]
    [SpecClause(Clauses.QueueMode)]
    [SpecClause("RFC 7252 §4.8.2 (MAX_TRANSMIT_WAIT)")]
    [Lwm2mVersions("1.1")]
    [RequiresIcs("queueMode")]
    [Interface(Lwm2mInterfaces.Registration)]
    [Category(Tags.Slow)]
    public Task Int109QueueModeBehaviour() => RunAsync(async () =>
    {
        var lifetime = Timings.QueueModeLifetime;
        Require(Registration.QueueMode, "the DUT registered in queue mode", "queue mode", Registration.ToString());

        Step(1, $"the server writes the lifetime {lifetime.TotalSeconds:0} s");
        var written = await WriteLifetimeAsync(lifetime);
        StopUnless(CheckCode(written, CoapCode.Changed, "the Write of the lifetime"));

        Step(2, $"the DUT sends an Update with lt={lifetime.TotalSeconds:0}; the server answers 2.04");
        var update = await ExpectUpdateAsync();
        Check(update.IsValid && update.Request.Lifetime == (uint)lifetime.TotalSeconds, "the Update carries the new lifetime", $"lt={lifetime.TotalSeconds:0}",
            update.IsValid ? update.Request.ToString() : string.Join("; ", update.Errors));
        StopUnless(await CheckAndAcceptUpdateAsync(update));

        Step(3, $"the DUT stays silent for MAX_TRANSMIT_WAIT ({Timings.AwakeWindow.TotalSeconds:0.###} s) and counts as offline");
        await AwaitSilenceAsync();
        Check(!Server.IsAwake(Registration), "the server treats the DUT as offline", "asleep", Registration.ToString());

        Step(4, $"the server's Read of {Manufacturer} is queued, not sent");
        var gets = SentRequests(CoapCode.Get);
        var read = Server.SendReadAsync(Manufacturer, ContentFormat.TextPlain, Registration);
        Check(Server.HeldRequestsFor(Registration.Endpoint).Count == 1 && SentRequests(CoapCode.Get) == gets, "the Read is held while the DUT sleeps",
            "one held request, no GET sent", $"{Server.HeldRequestsFor(Registration.Endpoint).Count} held, {SentRequests(CoapCode.Get) - gets} GET sent");

        Step(5, "after the DUT's next Update the server sends the queued Read; the DUT answers 2.05");
        var wake = await ExpectUpdateAsync(Timings.UpdateWithin(lifetime));
        var wokeAt = wake.ReceivedAt;
        StopUnless(await CheckAndAcceptUpdateAsync(wake));
        Lwm2mResponse response;
        try
        {
            response = await read.WaitAsync(Timings.Exchange, Time);
        }
        catch (TimeoutException)
        {
            Verdicts.Record(new VerdictCheck(Verdict.OutOfTime, $"no response to the queued Read of {Manufacturer} within the deadline") { Step = CurrentStep, Deadline = Timings.Exchange });
            return;
        }

        CheckCode(response, CoapCode.Content, $"the queued Read of {Manufacturer}");
        var sentAt = Server.Traffic.LastOrDefault(d => d.Direction == CoapDatagramDirection.Sent && d.Message?.Code == CoapCode.Get)?.Time;
        Check(sentAt >= wokeAt, "the Read was sent only after the DUT's Update", $"at or after {wokeAt:HH:mm:ss.fff}", sentAt?.ToString("HH:mm:ss.fff", System.Globalization.CultureInfo.InvariantCulture) ?? "never");
    });

    /// <summary>Observes MAX_TRANSMIT_WAIT without an uplink; an Update meanwhile restarts the window (bounded).</summary>
    private async Task AwaitSilenceAsync()
    {
        for (int round = 0; round < MaxQuietRounds; round++)
        {
            try
            {
                var early = await ExpectUpdateAsync(QuietWindow);
                await CheckAndAcceptUpdateAsync(early);
            }
            catch (Lwm2mExpectationTimeoutException)
            {
                return;
            }
        }

        Stop(Verdict.Inconclusive, $"the DUT never stayed silent for {QuietWindow.TotalSeconds:0.###} s, so it was never offline");
    }

    private int SentRequests(CoapCode code) =>
        Server.Traffic.Count(d => d.Direction == CoapDatagramDirection.Sent && d.Message?.Code == code);
}
