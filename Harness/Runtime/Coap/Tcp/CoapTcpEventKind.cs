namespace Harness.Runtime.Coap.Tcp;

/// <summary>What happened on a connection, for its timeline.</summary>
public enum CoapTcpEventKind
{
    Sent,
    Received,

    /// <summary>The peer's bytes broke a framing rule; the connection is aborted after this.</summary>
    DecodeError,

    /// <summary>A response whose token matches no request or observation.</summary>
    Unmatched,

    /// <summary>The request handler threw; the peer got 5.00.</summary>
    HandlerFailed,
    Closed,
}
