namespace Harness.Runtime.Coap.Tcp;

/// <summary>Why a connection ended.</summary>
public enum CoapTcpCloseCause
{
    /// <summary>We sent Release (RFC 8323 §5.5).</summary>
    LocalRelease,

    /// <summary>We sent Abort (RFC 8323 §5.6), by request or because of the peer's error.</summary>
    LocalAbort,

    PeerRelease,
    PeerAbort,

    /// <summary>The peer closed or reset the TCP connection without a signal.</summary>
    PeerClosed,

    /// <summary>Disposed by the harness.</summary>
    Disposed,
}
