using System.Globalization;
using Harness.Protocol.Coap;

namespace Harness.Runtime.Analysis.Rules;

/// <summary>
/// WIRE-FORMAT: every message a judged endpoint sent decodes strictly. The finding carries the codec's own rule id,
/// byte offset and clause (e.g. COAP-EMPTY-TOKEN for an empty ACK with a token), so the wire rule adds no second
/// opinion on the format: it only says which captured message broke it.
/// </summary>
public sealed class FormatRule : IWireRule
{
    public string Id => "WIRE-FORMAT";

    public string Clause => "RFC 7252 §3; RFC 8323 §3";

    public string Title => "Every message decodes strictly (header, token, options, payload marker; empty messages empty)";

    public IEnumerable<WireFinding> Check(WireTimeline timeline, WireAnalysisSettings settings)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(settings);
        foreach (var wire in timeline.Messages)
        {
            if (wire.Decoded.IsValid || !settings.IsJudged(wire.Source))
            {
                continue;
            }

            var error = wire.Decoded.FirstError ?? new CoapFormatError(CoapRuleIds.Unknown, "no message", 0, Clause);
            var severity = error.Level == RequirementLevel.Should ? WireFindingSeverity.Warning : WireFindingSeverity.Violation;
            yield return WireFindings.Create(
                this,
                severity,
                string.Create(CultureInfo.InvariantCulture, $"frame {wire.FrameNumber} from {wire.Source} breaks {error.Rule} at byte {error.Offset}: {error.Message}"),
                [wire],
                expected: "a well-formed CoAP message",
                actual: string.Create(CultureInfo.InvariantCulture, $"{error.Rule} at byte {error.Offset}; bytes {WireFindings.Hex(wire)}"),
                clause: error.Clause);
        }
    }
}
