using Harness.Protocol.Coap;

namespace Harness.Runtime.Analysis.Rules;

/// <summary>
/// WIRE-ACK-MID: an Acknowledgement echoes the message id of a Confirmable message, and a Reset that of a
/// Confirmable or Non-confirmable message, which the peer sent to the replying endpoint earlier and no longer ago
/// than EXCHANGE_LIFETIME (RFC 7252 §4.2, §4.3, §4.4). An ACK or RST matching nothing acknowledges a message that
/// never was; the format of empty ACKs (no token, no payload) is WIRE-FORMAT's.
/// </summary>
public sealed class AckMatchingRule : IWireRule
{
    public string Id => "WIRE-ACK-MID";

    public string Clause => "RFC 7252 §4.2, §4.3";

    public string Title => "ACK answers a CON, RST a CON or NON, with the same message id from the peer within EXCHANGE_LIFETIME";

    public IEnumerable<WireFinding> Check(WireTimeline timeline, WireAnalysisSettings settings)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(settings);
        var index = new WireExchangeIndex(timeline);
        var lifetime = settings.Transmission.ExchangeLifetime;
        foreach (var wire in timeline.Messages)
        {
            if (wire.Transport != WireTransport.Udp || wire.Message is not { } message || !settings.IsJudged(wire.Source))
            {
                continue;
            }

            var isReset = message.Type == CoapMessageType.Reset;
            if (message.Type != CoapMessageType.Acknowledgement && !isReset)
            {
                continue;
            }

            if (index.AnsweredBy(wire, lifetime, allowNonConfirmable: isReset) is null)
            {
                var answerable = isReset ? "Confirmable or Non-confirmable message" : "Confirmable message";
                yield return WireFindings.Create(
                    this,
                    WireFindingSeverity.Violation,
                    $"{WireFindings.Frame(wire)} from {wire.Source} answers no {answerable} that {wire.Destination} sent it with message id 0x{message.MessageId:x4} within EXCHANGE_LIFETIME ({lifetime.TotalSeconds:0.###} s)",
                    [wire],
                    expected: $"an earlier {answerable} from {wire.Destination} with mid=0x{message.MessageId:x4}",
                    actual: "none in the capture");
            }
        }
    }
}
