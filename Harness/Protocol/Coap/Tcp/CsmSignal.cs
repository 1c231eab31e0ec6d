namespace Harness.Protocol.Coap.Tcp;

/// <summary>
/// What one Capabilities and Settings Message says (RFC 8323 §5.3). Absent options leave the
/// receiver's view unchanged: CSM options are cumulative, so <see cref="PeerCapabilities"/> folds them.
/// </summary>
public sealed record CsmSignal(uint? MaxMessageSize = null, bool BlockWiseTransfer = false)
{
    public CoapMessage ToMessage(ReadOnlyMemory<byte> token = default)
    {
        var options = new List<CoapOption>();
        if (MaxMessageSize is { } size)
        {
            options.Add(CoapOption.FromUInt(SignalingOptionNumber.MaxMessageSize, size));
        }

        if (BlockWiseTransfer)
        {
            options.Add(CoapOption.Empty(SignalingOptionNumber.BlockWiseTransfer));
        }

        return new CoapMessage(CoapMessageType.Confirmable, CoapCode.Csm, 0, token, options);
    }

    /// <summary>Reads a CSM; throws <see cref="ArgumentException"/> for any other code.</summary>
    public static CsmSignal Read(CoapMessage message)
    {
        CoapSignals.Require(message, CoapCode.Csm);
        return new CsmSignal(
            message.Options.GetUInt(SignalingOptionNumber.MaxMessageSize),
            message.Options.Contains(SignalingOptionNumber.BlockWiseTransfer));
    }
}
