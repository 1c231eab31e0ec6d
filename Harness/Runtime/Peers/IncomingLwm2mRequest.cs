using System.Net;
using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m.Messages;

namespace Harness.Runtime.Peers;

/// <summary>
/// A Register, Update, De-register or Send the fake server received: the message, its reading as the
/// operation (or precisely why it is not one), and the means to answer it once: accept, any response,
/// RST, nothing, or exact bytes.
/// </summary>
public sealed class IncomingLwm2mRequest<T>
    where T : class
{
    private readonly FakeLwm2mServer server;
    private readonly ReceivedUplink uplink;

    internal IncomingLwm2mRequest(FakeLwm2mServer server, ReceivedUplink uplink, Lwm2mParseResult<T> parsed, Lwm2mRegistration? registration)
    {
        this.server = server;
        this.uplink = uplink;
        Parsed = parsed;
        Registration = registration;
    }

    public CoapMessage Message => uplink.Message;

    public IPEndPoint Peer => uplink.Incoming.Peer;

    public DateTimeOffset ReceivedAt => uplink.Incoming.ReceivedAt;

    public Lwm2mParseResult<T> Parsed { get; }

    public bool IsValid => Parsed.IsValid;

    public IReadOnlyList<Lwm2mMessageError> Errors => Parsed.Errors;

    /// <summary>The typed request; <see cref="Lwm2mMessageException"/> listing every error when the message is not a valid one.</summary>
    public T Request => Parsed.GetOrThrow();

    /// <summary>The registration an Update or De-register addresses, as it was before this request; null when unknown.</summary>
    public Lwm2mRegistration? Registration { get; }

    /// <summary>The response given without the test (automatic policy); null otherwise.</summary>
    public CoapMessage? AutomaticAnswer => uplink.AutomaticAnswer;

    /// <summary>
    /// The success answer of the operation: 2.01 with a location the server allocates for Register, 2.04
    /// for Update and Send, 2.02 for De-register. Registrations are tracked from this answer. Returns the
    /// registration as it stands afterwards (null after De-register).
    /// </summary>
    public Task<Lwm2mRegistration?> AcceptAsync(CancellationToken cancellationToken = default) =>
        server.AcceptAsync(uplink, Parsed.Value, cancellationToken);

    /// <summary>Answers with exactly this response (code, options, payload), e.g. <c>Lwm2mResponses.BadRequest()</c>.</summary>
    public Task RespondAsync(CoapMessage response, CancellationToken cancellationToken = default) =>
        server.RespondAsync(uplink, response ?? throw new ArgumentNullException(nameof(response)), cancellationToken);

    /// <summary>Rejects the message with RST (RFC 7252 §4.2).</summary>
    public void Reset() => server.Settle(uplink, null);

    /// <summary>Sends nothing at all: the client will retransmit and eventually give up.</summary>
    public void DoNotAnswer() => server.Abandon(uplink);

    /// <summary>Sends these exact bytes to the client instead of any message-layer answer.</summary>
    public void AnswerRaw(ReadOnlySpan<byte> bytes)
    {
        server.Abandon(uplink);
        server.Endpoint.SendRaw(bytes, Peer);
    }

    public override string ToString() => uplink.ToString();
}
