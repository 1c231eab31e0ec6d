using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m;

namespace Harness.Runtime.Analysis.Rules;

/// <summary>
/// WIRE-CONTENT-FORMAT: a payload labelled with a Content-Format reads in that format (RFC 7252 §5.10.3; the data
/// formats of OMA-TS-LightweightM2M_Core §7.4), judged by the suite's strict codecs against the path the request
/// addressed; a Violation naming the codec's rule id and byte offset. A 2.05 Content with a payload but no
/// Content-Format, answering a request for an LwM2M object, instance or resource, leaves the receiver guessing (LwM2M
/// 1.0 let text/plain be assumed, so it is not a MUST): Warning; plain CoAP resources (libcoap's /time) are not judged.
/// An empty payload is judged like any other, because some formats have an empty document (an empty TLV or
/// link-format) and others do not (SenML JSON needs at least "[]").
/// </summary>
public sealed class ContentFormatRule : IWireRule
{
    public string Id => "WIRE-CONTENT-FORMAT";

    public string Clause => "RFC 7252 §5.10.3; OMA-TS-LightweightM2M_Core §7.4";

    public string Title => "A payload decodes in its Content-Format; a 2.05 payload has a Content-Format";

    public IEnumerable<WireFinding> Check(WireTimeline timeline, WireAnalysisSettings settings)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(settings);
        var index = new WireExchangeIndex(timeline);
        foreach (var wire in timeline.Messages)
        {
            if (wire.Message is not { } message || message.IsEmpty || message.Code.IsSignaling || !settings.IsJudged(wire.Source))
            {
                continue;
            }

            if (message.ContentFormat is not { } contentFormat)
            {
                if (message.Code == CoapCode.Content && !message.Payload.IsEmpty && AddressesLwm2mNode(index.RequestOf(wire, settings.Transmission.ExchangeLifetime)))
                {
                    yield return WireFindings.Create(
                        this,
                        WireFindingSeverity.Warning,
                        $"{WireFindings.Frame(wire)} carries a {message.Payload.Length}-byte payload with no Content-Format option",
                        [wire],
                        expected: "a Content-Format option naming the payload's format",
                        actual: "none");
                }

                continue;
            }

            // Only a response's own path is its request's; for a request it is its own Uri-Path.
            var request = message.IsResponse ? index.RequestOf(wire, settings.Transmission.ExchangeLifetime) : wire;
            if (request is null || !HasPayloadToJudge(message))
            {
                continue;
            }

            if (PayloadFormatCheck.FirstError(contentFormat, message.Payload, request.Message!.UriPath) is { } error)
            {
                yield return WireFindings.Create(
                    this,
                    WireFindingSeverity.Violation,
                    $"{WireFindings.Frame(wire)} labels its payload {ContentFormat.Describe(contentFormat)} but it does not read as that: {error.Rule} at payload byte {error.Offset}: {error.Message}",
                    [wire],
                    expected: $"a payload in {ContentFormat.Describe(contentFormat)} ({error.Clause})",
                    actual: $"{error.Rule} at payload byte {error.Offset}");
            }
        }
    }

    // Plain CoAP leaves the Content-Format optional; only a read of an LwM2M object, instance or resource is judged.
    private static bool AddressesLwm2mNode(WireMessage? request) =>
        request?.Message is { } message && Lwm2mPath.TryParse(message.UriPath, out var path) && !path.IsRoot;

    // A block of a block-wise transfer is a slice of a representation, not a document of its own. FETCH and (i)PATCH
    // carry path lists and patches (Read-/Observe-/Write-Composite), and Execute its arguments, which the value codecs
    // do not read.
    private static bool HasPayloadToJudge(CoapMessage message) =>
        message.Block1 is null && message.Block2 is null
        && (message.Code.IsSuccess || (message.IsRequest && message.Code != CoapCode.Fetch && message.Code != CoapCode.Patch && message.Code != CoapCode.IPatch && !IsExecute(message)));

    // POST to a resource is Execute: its payload is an argument list (Core §5.4.5), not the resource's value.
    private static bool IsExecute(CoapMessage message) =>
        message.Code == CoapCode.Post && Lwm2mPath.TryParse(message.UriPath, out var path) && path.Length >= 3;
}
