using Harness.Protocol.Coap;

namespace Harness.Runtime.Analysis.Rules;

/// <summary>
/// WIRE-AFTER-DEREGISTER: once a client's De-register (DELETE to its registration's location) was answered 2.02
/// Deleted, the client has no registration with that server and sends it no further request (OMA-TS-LightweightM2M_Core
/// §6.2.3; ETS int-104 checks it live) until it registers again: a new Register (or a Bootstrap-Request) is allowed
/// and ends the quiet period. ACKs and RSTs to the server's messages are not requests and stay allowed, as do copies
/// of the DELETE itself that crossed the 2.02 (WIRE-RETRANSMIT judges those).
/// </summary>
public sealed class AfterDeregistrationRule : IWireRule
{
    public string Id => "WIRE-AFTER-DEREGISTER";

    public string Clause => "OMA-TS-LightweightM2M_Core §6.2.3";

    public string Title => "After De-register was answered 2.02, the client sends that server no request but a new Register";

    public IEnumerable<WireFinding> Check(WireTimeline timeline, WireAnalysisSettings settings)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(settings);
        var lifetime = settings.Transmission.ExchangeLifetime;
        var index = new WireExchangeIndex(timeline);
        var registrations = new RegistrationRequests(index, lifetime);
        var deregistered = new Dictionary<WireFlow, (WireMessage Delete, WireMessage Deleted)>();
        foreach (var wire in timeline.Messages)
        {
            registrations.Observe(wire);
            if (wire.Message is not { } message)
            {
                continue;
            }

            if (message.Code == CoapCode.Deleted
                && index.RequestOf(wire, lifetime) is { } delete
                && delete.Message!.Code == CoapCode.Delete
                && registrations.LocationOf(WireFlow.Of(delete)) is { } location
                && delete.Message.UriPathSegments.SequenceEqual(location))
            {
                deregistered[WireFlow.Of(delete)] = (delete, wire);
                continue;
            }

            if (!message.IsRequest || !deregistered.TryGetValue(WireFlow.Of(wire), out var ended))
            {
                continue;
            }

            if (RegistrationRequests.IsRegister(message) || message.Code == CoapCode.Post && message.UriPathSegments is ["bs"])
            {
                deregistered.Remove(WireFlow.Of(wire));
                continue;
            }

            if (IsCopy(ended.Delete, wire) || !settings.IsJudged(wire.Source))
            {
                continue;
            }

            yield return WireFindings.Create(
                this,
                WireFindingSeverity.Violation,
                $"{WireFindings.Frame(wire)} is a request to {wire.Destination} {WireFindings.Milliseconds(wire.Time - ended.Deleted.Time)} after its De-register was answered 2.02 in {WireFindings.Frame(ended.Deleted)}",
                [wire, ended.Deleted, ended.Delete],
                expected: "no request to the server but a new Register",
                actual: $"{message.Code.Describe()} {message.UriPath}");
        }
    }

    private static bool IsCopy(WireMessage delete, WireMessage wire) =>
        wire.Message!.MessageId == delete.Message!.MessageId && wire.Bytes.Span.SequenceEqual(delete.Bytes.Span);
}
