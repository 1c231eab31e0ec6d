namespace Harness.Protocol.Coap;

/// <summary>Option value formats (RFC 7252 §3.2).</summary>
public enum OptionFormat
{
    Empty,
    Opaque,
    UInt,
    String,
}
