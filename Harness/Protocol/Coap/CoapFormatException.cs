namespace Harness.Protocol.Coap;

/// <summary>The codec's only exception: bytes that break a rule of the format.</summary>
public sealed class CoapFormatException : FormatException
{
    public CoapFormatException()
        : this(new CoapFormatError(CoapRuleIds.Unknown, "Malformed CoAP message", 0, "RFC 7252 §3"))
    {
    }

    public CoapFormatException(string message)
        : this(new CoapFormatError(CoapRuleIds.Unknown, message, 0, "RFC 7252 §3"))
    {
    }

    public CoapFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        Error = new CoapFormatError(CoapRuleIds.Unknown, message, 0, "RFC 7252 §3");
    }

    public CoapFormatException(CoapFormatError error)
        : base(error?.ToString())
    {
        ArgumentNullException.ThrowIfNull(error);
        Error = error;
    }

    public CoapFormatError Error { get; }
}
