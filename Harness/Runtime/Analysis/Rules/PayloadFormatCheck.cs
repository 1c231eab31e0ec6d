using System.Text.Unicode;
using Harness.Protocol.Coap;
using Harness.Protocol.Links;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Content;

namespace Harness.Runtime.Analysis.Rules;

/// <summary>
/// Whether a payload reads in the Content-Format it is labelled with, using the suite's own strict codecs: the LwM2M
/// formats (TLV, SenML JSON/CBOR, LwM2M CBOR, OMA JSON, plain text, opaque) through <see cref="Lwm2mContentCodecs"/>,
/// link-format through <see cref="LinkFormatParser"/>, text/plain as UTF-8. Only Must-level errors count: an object
/// the built-in model does not know is the model's gap, not the sender's fault.
/// </summary>
internal static class PayloadFormatCheck
{
    /// <summary>The first Must-level error of <paramref name="payload"/> read as <paramref name="contentFormat"/> at <paramref name="requestPath"/>; null when it reads, or when the format is not one the suite can judge.</summary>
    public static CoapFormatError? FirstError(int contentFormat, ReadOnlyMemory<byte> payload, string requestPath)
    {
        if (contentFormat == ContentFormat.LinkFormat)
        {
            return LinkFormatParser.Parse(payload).Errors.FirstOrDefault(e => e.Level == RequirementLevel.Must);
        }

        if (!Lwm2mContentCodecs.TryGet(contentFormat, out var codec))
        {
            return null;
        }

        if (Lwm2mContentCodecs.RegisteredNumber(contentFormat) == ContentFormat.TextPlain && !Utf8.IsValid(payload.Span))
        {
            return new CoapFormatError("TEXT-UTF8", "the text/plain payload is not valid UTF-8", 0, "RFC 7252 §12.3; OMA-TS-LightweightM2M_Core §7.4.1");
        }

        var path = Lwm2mPath.TryParse(requestPath, out var parsed) ? parsed : Lwm2mPath.Root;
        if (path.IsRoot && codec.ContentFormat is ContentFormat.LwM2mTlv or ContentFormat.TextPlain or ContentFormat.OctetStream)
        {
            // These formats say nothing without the addressed object, instance or resource.
            return null;
        }

        var result = codec.Decode(payload, Lwm2mCodecContext.For(path, Lwm2mVersions.V12));
        return result.IsValid ? null : result.Errors.FirstOrDefault(e => e.Level == RequirementLevel.Must)
            ?? new CoapFormatError(CoapRuleIds.Unknown, "the payload does not decode", 0, "OMA-TS-LightweightM2M_Core §7.4");
    }
}
