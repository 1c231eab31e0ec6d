using Harness.Protocol.Coap;

namespace Harness.Runtime.Analysis.Rules;

/// <summary>
/// WIRE-TOKEN: a response carries the token of the request it answers (RFC 7252 §5.3.2; RFC 8323 §5 for TCP, where
/// the token is the only match). A piggybacked response is checked against the CON it acknowledges; a separate,
/// Non-confirmable or TCP response (notifications included) must carry the token of a request its recipient sent
/// it earlier.
/// </summary>
public sealed class TokenRule : IWireRule
{
    public string Id => "WIRE-TOKEN";

    public string Clause => "RFC 7252 §5.3.2; RFC 8323 §5";

    public string Title => "A response's token is its request's (piggybacked: the acknowledged CON's; separate/TCP: an earlier request of the peer)";

    public IEnumerable<WireFinding> Check(WireTimeline timeline, WireAnalysisSettings settings)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(settings);
        var index = new WireExchangeIndex(timeline);
        var lifetime = settings.Transmission.ExchangeLifetime;
        foreach (var wire in timeline.Messages)
        {
            if (wire.Message is not { IsResponse: true } response || !settings.IsJudged(wire.Source))
            {
                continue;
            }

            if (wire.Transport == WireTransport.Udp && response.Type == CoapMessageType.Acknowledgement)
            {
                if (index.AnsweredBy(wire, lifetime, allowNonConfirmable: false) is { Message: { IsRequest: true } request } acknowledged
                    && !request.Token.Span.SequenceEqual(response.Token.Span))
                {
                    yield return WireFindings.Create(
                        this,
                        WireFindingSeverity.Violation,
                        $"piggybacked response {WireFindings.Frame(wire)} acknowledges request {WireFindings.Frame(acknowledged)} but carries another token",
                        [wire, acknowledged],
                        expected: $"token {Describe(request)}",
                        actual: $"token {Describe(response)}");
                }

                continue;
            }

            if (index.RequestWithToken(wire) is null)
            {
                yield return WireFindings.Create(
                    this,
                    WireFindingSeverity.Violation,
                    $"response {WireFindings.Frame(wire)} from {wire.Source} carries token {Describe(response)}, which no earlier request from {wire.Destination} to it carried",
                    [wire],
                    expected: $"the token of a request {wire.Destination} sent to {wire.Source}",
                    actual: $"token {Describe(response)}");
            }
        }
    }

    private static string Describe(CoapMessage message) => message.Token.IsEmpty ? "(empty)" : message.TokenHex;
}
