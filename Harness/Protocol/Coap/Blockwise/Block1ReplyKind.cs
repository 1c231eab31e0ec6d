namespace Harness.Protocol.Coap.Blockwise;

/// <summary>How the server answers one request of a Block1 transfer (RFC 7959 §2.5, §2.9).</summary>
public enum Block1ReplyKind
{
    /// <summary>A non-final block was stored: 2.31 Continue.</summary>
    Continue,

    /// <summary>The body is whole; the application answers (e.g. 2.04) with the given options.</summary>
    Complete,

    /// <summary>A block arrived without its predecessors: 4.08 Request Entity Incomplete.</summary>
    Incomplete,

    /// <summary>The body would exceed the configured maximum: 4.13 with Size1.</summary>
    TooLarge,

    /// <summary>The Block1 option itself is unusable (reserved SZX, short non-final block): 4.00.</summary>
    BadRequest,
}
