namespace Harness.Protocol.Coap.Tcp;

/// <summary>An Abort message: the CSM option that could not be processed, if that was the reason, and a diagnostic (RFC 8323 §5.6).</summary>
public sealed record AbortSignal(int? BadCsmOption = null, string? Diagnostic = null)
{
    public CoapMessage ToMessage(ReadOnlyMemory<byte> token = default)
    {
        var options = new List<CoapOption>();
        if (BadCsmOption is { } number)
        {
            options.Add(CoapOption.FromUInt(SignalingOptionNumber.BadCsmOption, (uint)number));
        }

        return CoapSignals.WithDiagnostic(new CoapMessage(CoapMessageType.Confirmable, CoapCode.Abort, 0, token, options), Diagnostic);
    }

    public static AbortSignal Read(CoapMessage message)
    {
        CoapSignals.Require(message, CoapCode.Abort);
        return new AbortSignal((int?)message.Options.GetUInt(SignalingOptionNumber.BadCsmOption), CoapSignals.DiagnosticOf(message));
    }
}
