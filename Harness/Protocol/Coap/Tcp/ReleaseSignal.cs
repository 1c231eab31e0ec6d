namespace Harness.Protocol.Coap.Tcp;

/// <summary>A Release message's reasons: where to reconnect instead and for how long not to (RFC 8323 §5.5).</summary>
public sealed record ReleaseSignal(IReadOnlyList<string> AlternativeAddresses, uint? HoldOffSeconds = null, string? Diagnostic = null)
{
    public ReleaseSignal()
        : this([])
    {
    }

    public CoapMessage ToMessage(ReadOnlyMemory<byte> token = default)
    {
        var options = AlternativeAddresses.Select(a => CoapOption.FromString(SignalingOptionNumber.AlternativeAddress, a)).ToList();
        if (HoldOffSeconds is { } seconds)
        {
            options.Add(CoapOption.FromUInt(SignalingOptionNumber.HoldOff, seconds));
        }

        return CoapSignals.WithDiagnostic(new CoapMessage(CoapMessageType.Confirmable, CoapCode.Release, 0, token, options), Diagnostic);
    }

    public static ReleaseSignal Read(CoapMessage message)
    {
        CoapSignals.Require(message, CoapCode.Release);
        return new ReleaseSignal(
            message.Options.GetStrings(SignalingOptionNumber.AlternativeAddress),
            message.Options.GetUInt(SignalingOptionNumber.HoldOff),
            CoapSignals.DiagnosticOf(message));
    }

    public override string ToString() =>
        $"Release [{string.Join(", ", AlternativeAddresses)}] hold-off {HoldOffSeconds?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"} \"{Diagnostic}\"";
}
