using Harness.Protocol.Coap;

namespace Harness.Protocol.Links;

/// <summary>The link-format parser's only exception: a payload that breaks a rule of RFC 6690 §2.</summary>
public sealed class LinkFormatException : FormatException
{
    public LinkFormatException()
        : this(new CoapFormatError("LINK-UNKNOWN", "Malformed link-format", 0, LinkFormatRules.Abnf))
    {
    }

    public LinkFormatException(string message)
        : this(new CoapFormatError("LINK-UNKNOWN", message, 0, LinkFormatRules.Abnf))
    {
    }

    public LinkFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        Error = new CoapFormatError("LINK-UNKNOWN", message, 0, LinkFormatRules.Abnf);
    }

    public LinkFormatException(CoapFormatError error)
        : base(error?.ToString())
    {
        ArgumentNullException.ThrowIfNull(error);
        Error = error;
    }

    public CoapFormatError Error { get; }
}
