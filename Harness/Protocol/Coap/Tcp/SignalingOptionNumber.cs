namespace Harness.Protocol.Coap.Tcp;

/// <summary>
/// Signaling option numbers (RFC 8323 §5.2, §11.2). They are scoped to one signaling code: option 2 is
/// Max-Message-Size in a CSM but Custody in a Ping, so always read them together with the code.
/// </summary>
public static class SignalingOptionNumber
{
    /// <summary>CSM 7.01: largest message the sender can receive (RFC 8323 §5.3.1).</summary>
    public const int MaxMessageSize = 2;

    /// <summary>CSM 7.01: the sender supports block-wise transfer, and BERT with a large Max-Message-Size (RFC 8323 §5.3.2).</summary>
    public const int BlockWiseTransfer = 4;

    /// <summary>Ping 7.02 / Pong 7.03 (RFC 8323 §5.4.1).</summary>
    public const int Custody = 2;

    /// <summary>Release 7.04, repeatable authority to reconnect to (RFC 8323 §5.5).</summary>
    public const int AlternativeAddress = 2;

    /// <summary>Release 7.04, seconds not to reconnect (RFC 8323 §5.5).</summary>
    public const int HoldOff = 4;

    /// <summary>Abort 7.05, number of the CSM option that could not be processed (RFC 8323 §5.6).</summary>
    public const int BadCsmOption = 2;
}
