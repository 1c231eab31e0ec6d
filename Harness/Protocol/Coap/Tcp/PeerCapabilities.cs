namespace Harness.Protocol.Coap.Tcp;

/// <summary>
/// A peer's settings as accumulated from its CSMs (RFC 8323 §5.3): base values until a CSM changes
/// them, later values replacing earlier ones. BERT is on while Block-Wise-Transfer was signalled and
/// the current Max-Message-Size is above 1152 (RFC 8323 §5.3.2).
/// </summary>
public sealed record PeerCapabilities(uint MaxMessageSize, bool BlockWiseTransfer)
{
    public static PeerCapabilities Base { get; } = new(SignalingOptionRegistry.BaseMaxMessageSize, false);

    public bool SupportsBert => BlockWiseTransfer && MaxMessageSize > SignalingOptionRegistry.BaseMaxMessageSize;

    public PeerCapabilities Apply(CsmSignal csm)
    {
        ArgumentNullException.ThrowIfNull(csm);
        return new PeerCapabilities(csm.MaxMessageSize ?? MaxMessageSize, BlockWiseTransfer || csm.BlockWiseTransfer);
    }
}
