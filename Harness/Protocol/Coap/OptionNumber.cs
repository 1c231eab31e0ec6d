namespace Harness.Protocol.Coap;

/// <summary>Registered CoAP option numbers used by the suite (RFC 7252 §12.2 and later RFCs).</summary>
public static class OptionNumber
{
    public const int IfMatch = 1;
    public const int UriHost = 3;
    public const int ETag = 4;
    public const int IfNoneMatch = 5;
    public const int Observe = 6;          // RFC 7641
    public const int UriPort = 7;
    public const int LocationPath = 8;
    public const int Oscore = 9;           // RFC 8613
    public const int UriPath = 11;
    public const int ContentFormat = 12;
    public const int MaxAge = 14;
    public const int UriQuery = 15;
    public const int HopLimit = 16;        // RFC 8768
    public const int Accept = 17;
    public const int QBlock1 = 19;         // RFC 9177
    public const int LocationQuery = 20;
    public const int Block2 = 23;          // RFC 7959
    public const int Block1 = 27;          // RFC 7959
    public const int Size2 = 28;           // RFC 7959
    public const int QBlock2 = 31;         // RFC 9177
    public const int ProxyUri = 35;
    public const int ProxyScheme = 39;
    public const int Size1 = 60;
    public const int Echo = 252;           // RFC 9175
    public const int NoResponse = 258;     // RFC 7967
    public const int RequestTag = 292;     // RFC 9175

    /// <summary>Odd numbers are critical (RFC 7252 §5.4.6).</summary>
    public static bool IsCritical(int number) => (number & 1) != 0;

    /// <summary>Bit 1 set means unsafe to forward (RFC 7252 §5.4.6).</summary>
    public static bool IsUnsafe(int number) => (number & 2) != 0;

    /// <summary>NoCacheKey: bits 2..4 all set (RFC 7252 §5.4.6).</summary>
    public static bool IsNoCacheKey(int number) => (number & 0x1E) == 0x1C;
}
