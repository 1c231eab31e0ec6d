using System.Diagnostics.CodeAnalysis;
using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m.Content.Lwm2mCbor;
using Harness.Protocol.Lwm2m.Content.OmaJson;
using Harness.Protocol.Lwm2m.Content.SenmlCbor;
using Harness.Protocol.Lwm2m.Content.SenmlJson;
using Harness.Protocol.Lwm2m.Content.Text;
using Harness.Protocol.Lwm2m.Content.Tlv;

namespace Harness.Protocol.Lwm2m.Content;

/// <summary>
/// The content-format codecs the suite has, found by Content-Format number. LwM2M 1.0 devices may still
/// send the pre-registration numbers (1541 text, 1542 TLV, 1543 JSON, 1544 opaque); those resolve to the
/// codec of the registered format when legacy numbers are accepted.
/// </summary>
public static class Lwm2mContentCodecs
{
    /// <summary>Every codec, one per registered Content-Format number.</summary>
    public static IReadOnlyList<ILwm2mContentCodec> All { get; } =
    [
        TlvCodec.Instance,
        PlainTextCodec.Instance,
        OpaqueCodec.Instance,
        SenmlCborCodec.Instance,
        SenmlEtchCborCodec.Instance,
        Lwm2mCborCodec.Instance,
        SenmlJsonCodec.Instance,
        SenmlEtchJsonCodec.Instance,
        OmaJsonCodec.Instance,
    ];

    /// <summary>Finds the codec for a registered number or a LwM2M 1.0 pre-registration number (1542 gives TLV).</summary>
    public static bool TryGet(int contentFormat, [NotNullWhen(true)] out ILwm2mContentCodec? codec) =>
        TryGet(contentFormat, acceptLegacy: true, out codec);

    /// <summary>Finds the codec; pre-registration numbers count only when <paramref name="acceptLegacy"/> is true.</summary>
    public static bool TryGet(int contentFormat, bool acceptLegacy, [NotNullWhen(true)] out ILwm2mContentCodec? codec)
    {
        int registered = acceptLegacy ? RegisteredNumber(contentFormat) : contentFormat;
        foreach (var candidate in All)
        {
            if (candidate.ContentFormat == registered)
            {
                codec = candidate;
                return true;
            }
        }

        codec = null;
        return false;
    }

    /// <summary>The registered number a pre-registration number stands for; other numbers are returned as given.</summary>
    public static int RegisteredNumber(int contentFormat) => contentFormat switch
    {
        ContentFormat.LegacyLwM2mText => ContentFormat.TextPlain,
        ContentFormat.LegacyLwM2mTlv => ContentFormat.LwM2mTlv,
        ContentFormat.LegacyLwM2mJson => ContentFormat.LwM2mJson,
        ContentFormat.LegacyLwM2mOpaque => ContentFormat.OctetStream,
        _ => contentFormat,
    };
}
