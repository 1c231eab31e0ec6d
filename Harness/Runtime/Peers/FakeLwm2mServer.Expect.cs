using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m.Messages;
using Harness.Protocol.Templates;

namespace Harness.Runtime.Peers;

/// <summary>
/// Lock-step expectations: the first request of the kind that matches, already arrived or arriving
/// within the deadline; on timeout a typed exception naming what was awaited and what came instead.
/// A request that matches the kind but is malformed is still returned, with its errors.
/// </summary>
public sealed partial class FakeLwm2mServer
{
    public Task<IncomingLwm2mRequest<RegisterRequest>> ExpectRegisterAsync(CoapTemplate? template = null, TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        ExpectAsync(UplinkKind.Register, Describe("Register", template), Filter(template), m => RegisterRequest.Parse(m, Settings.ExpectedVersion), timeout, cancellationToken);

    public Task<IncomingLwm2mRequest<RegisterRequest>> ExpectRegisterAsync(Func<CoapMessage, bool> predicate, string description, TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        ExpectAsync(UplinkKind.Register, $"Register {description}", Filter(predicate, description), m => RegisterRequest.Parse(m, Settings.ExpectedVersion), timeout, cancellationToken);

    public Task<IncomingLwm2mRequest<UpdateRequest>> ExpectUpdateAsync(CoapTemplate? template = null, TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        ExpectAsync(UplinkKind.Update, Describe("Update", template), Filter(template), ParseUpdate, timeout, cancellationToken);

    public Task<IncomingLwm2mRequest<UpdateRequest>> ExpectUpdateAsync(Func<CoapMessage, bool> predicate, string description, TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        ExpectAsync(UplinkKind.Update, $"Update {description}", Filter(predicate, description), ParseUpdate, timeout, cancellationToken);

    public Task<IncomingLwm2mRequest<DeregisterRequest>> ExpectDeregisterAsync(CoapTemplate? template = null, TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        ExpectAsync(UplinkKind.Deregister, Describe("De-register", template), Filter(template), m => DeregisterRequest.Parse(m, RegistrationAt(m)?.Location), timeout, cancellationToken);

    public Task<IncomingLwm2mRequest<DeregisterRequest>> ExpectDeregisterAsync(Func<CoapMessage, bool> predicate, string description, TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        ExpectAsync(UplinkKind.Deregister, $"De-register {description}", Filter(predicate, description), m => DeregisterRequest.Parse(m, RegistrationAt(m)?.Location), timeout, cancellationToken);

    public Task<IncomingLwm2mRequest<SendRequest>> ExpectSendAsync(CoapTemplate? template = null, TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        ExpectAsync(UplinkKind.Send, Describe("Send", template), Filter(template), SendRequest.Parse, timeout, cancellationToken);

    private static string Describe(string operation, CoapTemplate? template) => template is null ? operation : $"{operation} matching {template}";

    private static Func<CoapMessage, string?> Filter(CoapTemplate? template) =>
        template is null ? _ => null : m => template.Match(m) is { IsMatch: false } result ? result.ToString() : null;

    private static Func<CoapMessage, string?> Filter(Func<CoapMessage, bool> predicate, string description)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        return m => predicate(m) ? null : $"not {description}";
    }

    private Lwm2mParseResult<UpdateRequest> ParseUpdate(CoapMessage message)
    {
        var registration = RegistrationAt(message);
        return UpdateRequest.Parse(message, null, registration?.Version ?? Settings.ExpectedVersion);
    }

    private async Task<IncomingLwm2mRequest<T>> ExpectAsync<T>(
        UplinkKind kind,
        string awaited,
        Func<CoapMessage, string?> reject,
        Func<CoapMessage, Lwm2mParseResult<T>> parse,
        TimeSpan? timeout,
        CancellationToken cancellationToken)
        where T : class
    {
        using var waiting = Settings.WaitObserver?.BeginWait(awaited);
        var limit = timeout ?? Settings.EffectiveExpectTimeout;
        using var deadline = new CancellationTokenSource(limit, Settings.TimeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, cancellationToken);
        while (true)
        {
            Task signal;
            lock (gate)
            {
                int index = inbox.FindIndex(u => u.Kind == kind && reject(u.Message) is null);
                if (index >= 0)
                {
                    // Taken requests leave the inbox, so that it holds only what no Expect call has taken yet and
                    // a long exchange does not make every later look through it slower.
                    var found = inbox[index];
                    inbox.RemoveAt(index);
                    found.Consumed = true;
                    return new IncomingLwm2mRequest<T>(this, found, parse(found.Message), RegistrationAt(found.Message));
                }

                signal = arrival.Task;
            }

            try
            {
                await signal.WaitAsync(linked.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                throw new Lwm2mExpectationTimeoutException(awaited, limit, ArrivedInstead(kind, reject));
            }
        }
    }

    /// <summary>Every request not taken by an Expect call, with why it was not the awaited one, and undecodable datagrams.</summary>
    private List<string> ArrivedInstead(UplinkKind kind, Func<CoapMessage, string?> reject)
    {
        var lines = new List<string>();
        lock (gate)
        {
            foreach (var uplink in inbox)
            {
                string why = uplink.Kind == kind ? reject(uplink.Message) ?? "matching" : $"{uplink.Kind}, not {kind}";
                lines.Add($"{uplink.Message} from {uplink.Incoming.Peer}: {why}");
            }
        }

        lines.AddRange(Endpoint.DecodeErrors.Select(e => $"undecodable: {e}"));
        return lines;
    }
}
