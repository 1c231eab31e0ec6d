using System.Collections.Frozen;

namespace Harness.Protocol.Coap;

/// <summary>
/// CoAP Content-Format numbers the suite meets (IANA "CoAP Content-Formats" registry, RFC 7252 §12.3),
/// including the codes LwM2M 1.0 implementations used before the OMA formats were registered.
/// </summary>
public static class ContentFormat
{
    public const int TextPlain = 0;
    public const int LinkFormat = 40;
    public const int OctetStream = 42;
    public const int Json = 50;
    public const int Cbor = 60;
    public const int SenmlJson = 110;
    public const int SensmlJson = 111;
    public const int SenmlCbor = 112;
    public const int SensmlCbor = 113;
    public const int SenmlEtchJson = 320;
    public const int SenmlEtchCbor = 322;
    public const int LwM2mTlv = 11542;
    public const int LwM2mJson = 11543;
    public const int LwM2mCbor = 11544;

    /// <summary>Pre-registration LwM2M 1.0 codes, still sent by old clients; not in the IANA registry.</summary>
    public const int LegacyLwM2mText = 1541;
    public const int LegacyLwM2mTlv = 1542;
    public const int LegacyLwM2mJson = 1543;
    public const int LegacyLwM2mOpaque = 1544;

    private static readonly FrozenDictionary<int, string> MediaTypes = new Dictionary<int, string>
    {
        [TextPlain] = "text/plain; charset=utf-8",
        [LinkFormat] = "application/link-format",
        [OctetStream] = "application/octet-stream",
        [Json] = "application/json",
        [Cbor] = "application/cbor",
        [SenmlJson] = "application/senml+json",
        [SensmlJson] = "application/sensml+json",
        [SenmlCbor] = "application/senml+cbor",
        [SensmlCbor] = "application/sensml+cbor",
        [SenmlEtchJson] = "application/senml-etch+json",
        [SenmlEtchCbor] = "application/senml-etch+cbor",
        [LwM2mTlv] = "application/vnd.oma.lwm2m+tlv",
        [LwM2mJson] = "application/vnd.oma.lwm2m+json",
        [LwM2mCbor] = "application/vnd.oma.lwm2m+cbor",
        [LegacyLwM2mText] = "application/vnd.oma.lwm2m+text",
        [LegacyLwM2mTlv] = "application/vnd.oma.lwm2m+tlv",
        [LegacyLwM2mJson] = "application/vnd.oma.lwm2m+json",
        [LegacyLwM2mOpaque] = "application/vnd.oma.lwm2m+opaque",
    }.ToFrozenDictionary();

    public static IEnumerable<int> Known => MediaTypes.Keys.Order();

    public static bool IsLegacy(int number) => number is >= LegacyLwM2mText and <= LegacyLwM2mOpaque;

    public static bool TryGetMediaType(int number, out string mediaType) => MediaTypes.TryGetValue(number, out mediaType!);

    /// <summary>The media type, or null for a number the suite does not know.</summary>
    public static string? MediaTypeOf(int number) => MediaTypes.GetValueOrDefault(number);

    /// <summary>"application/link-format (40)"; "Content-Format 9999" when unknown; legacy codes say so.</summary>
    public static string Describe(int number) => MediaTypeOf(number) is { } name
        ? $"{name} ({number}{(IsLegacy(number) ? ", LwM2M 1.0 pre-registration code" : string.Empty)})"
        : $"Content-Format {number}";
}
