namespace Harness.Protocol.Coap;

/// <summary>
/// An 8-bit CoAP code "c.dd" (RFC 7252 §3, §12.1; signaling codes RFC 8323 §5).
/// Any byte is representable so that malformed traffic can be described.
/// </summary>
public readonly record struct CoapCode(byte Value)
{
    public int Class => Value >> 5;

    public int Detail => Value & 0x1F;

    public bool IsEmpty => Value == 0;

    public bool IsRequest => Class == 0 && Value != 0;

    public bool IsResponse => Class is 2 or 4 or 5;

    public bool IsSuccess => Class == 2;

    public bool IsSignaling => Class == 7;

    public static CoapCode Of(int codeClass, int detail)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(codeClass);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(codeClass, 7);
        ArgumentOutOfRangeException.ThrowIfNegative(detail);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(detail, 31);
        return new CoapCode((byte)((codeClass << 5) | detail));
    }

    public static CoapCode Empty => new(0x00);
    public static CoapCode Get => new(0x01);
    public static CoapCode Post => new(0x02);
    public static CoapCode Put => new(0x03);
    public static CoapCode Delete => new(0x04);
    public static CoapCode Fetch => new(0x05);
    public static CoapCode Patch => new(0x06);
    public static CoapCode IPatch => new(0x07);

    public static CoapCode Created => new(0x41);
    public static CoapCode Deleted => new(0x42);
    public static CoapCode Valid => new(0x43);
    public static CoapCode Changed => new(0x44);
    public static CoapCode Content => new(0x45);
    public static CoapCode Continue => new(0x5F);

    public static CoapCode BadRequest => new(0x80);
    public static CoapCode Unauthorized => new(0x81);
    public static CoapCode BadOption => new(0x82);
    public static CoapCode Forbidden => new(0x83);
    public static CoapCode NotFound => new(0x84);
    public static CoapCode MethodNotAllowed => new(0x85);
    public static CoapCode NotAcceptable => new(0x86);
    public static CoapCode RequestEntityIncomplete => new(0x88);
    public static CoapCode Conflict => new(0x89);
    public static CoapCode PreconditionFailed => new(0x8C);
    public static CoapCode RequestEntityTooLarge => new(0x8D);
    public static CoapCode UnsupportedContentFormat => new(0x8F);
    public static CoapCode UnprocessableEntity => new(0x96);
    public static CoapCode TooManyRequests => new(0x9D);

    public static CoapCode InternalServerError => new(0xA0);
    public static CoapCode NotImplemented => new(0xA1);
    public static CoapCode BadGateway => new(0xA2);
    public static CoapCode ServiceUnavailable => new(0xA3);
    public static CoapCode GatewayTimeout => new(0xA4);
    public static CoapCode ProxyingNotSupported => new(0xA5);

    public static CoapCode Csm => new(0xE1);
    public static CoapCode Ping => new(0xE2);
    public static CoapCode Pong => new(0xE3);
    public static CoapCode Release => new(0xE4);
    public static CoapCode Abort => new(0xE5);

    /// <summary>"2.05" style, the way the RFCs and the OMA TS write codes.</summary>
    public override string ToString() => $"{Class}.{Detail:D2}";

    /// <summary>"2.05 Content"; unknown codes get only the number.</summary>
    public string Describe() => CoapCodeNames.TryGet(this, out var name) ? $"{this} {name}" : ToString();
}
