namespace Harness.Protocol.Coap.Observe;

/// <summary>How an observer classifies a notification for a token it follows.</summary>
public enum NotificationFreshness
{
    /// <summary>The first notification seen for the token.</summary>
    First,

    /// <summary>Newer than the last one taken: use it.</summary>
    Fresh,

    /// <summary>Not newer (reordered or repeated): ignore it for the resource state (RFC 7641 §3.4).</summary>
    Stale,
}
