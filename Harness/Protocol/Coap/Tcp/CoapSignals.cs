using System.Text;

namespace Harness.Protocol.Coap.Tcp;

/// <summary>Factories for the RFC 8323 §5 signaling messages and helpers their readers share.</summary>
public static class CoapSignals
{
    public static CoapMessage Csm(uint? maxMessageSize = null, bool blockWiseTransfer = false) =>
        new CsmSignal(maxMessageSize, blockWiseTransfer).ToMessage();

    /// <summary>A Ping; with <paramref name="custody"/> it asks the peer to process everything received before it first (RFC 8323 §5.4.1).</summary>
    public static CoapMessage Ping(ReadOnlyMemory<byte> token = default, bool custody = false) =>
        new(CoapMessageType.Confirmable, CoapCode.Ping, 0, token, custody ? [CoapOption.Empty(SignalingOptionNumber.Custody)] : null);

    /// <summary>The Pong answering <paramref name="ping"/>: same token (RFC 8323 §5.4).</summary>
    public static CoapMessage PongFor(CoapMessage ping, bool custody = false)
    {
        Require(ping, CoapCode.Ping);
        return Pong(ping.Token, custody);
    }

    public static CoapMessage Pong(ReadOnlyMemory<byte> token = default, bool custody = false) =>
        new(CoapMessageType.Confirmable, CoapCode.Pong, 0, token, custody ? [CoapOption.Empty(SignalingOptionNumber.Custody)] : null);

    public static CoapMessage Release(IEnumerable<string>? alternativeAddresses = null, uint? holdOffSeconds = null, string? diagnostic = null) =>
        new ReleaseSignal([.. alternativeAddresses ?? []], holdOffSeconds, diagnostic).ToMessage();

    public static CoapMessage Abort(int? badCsmOption = null, string? diagnostic = null) =>
        new AbortSignal(badCsmOption, diagnostic).ToMessage();

    /// <summary>Whether a Ping or Pong carries the Custody option.</summary>
    public static bool HasCustody(CoapMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return (message.Code == CoapCode.Ping || message.Code == CoapCode.Pong) && message.Options.Contains(SignalingOptionNumber.Custody);
    }

    /// <summary>The diagnostic payload as text (RFC 7252 §5.5.2), or null when there is none.</summary>
    public static string? DiagnosticOf(CoapMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return message.Payload.IsEmpty ? null : Encoding.UTF8.GetString(message.Payload.Span);
    }

    /// <summary>
    /// The CSM option an Abort's Bad-CSM-Option should name (RFC 8323 §5.6): the first critical option
    /// CSM does not define, or the first defined one whose value length is out of range; null if none.
    /// </summary>
    public static int? FindBadCsmOption(CoapMessage csm)
    {
        Require(csm, CoapCode.Csm);
        foreach (var option in csm.Options)
        {
            var definition = SignalingOptionRegistry.Find(CoapCode.Csm, option.Number);
            bool unknownCritical = definition is null && OptionNumber.IsCritical(option.Number);
            bool badLength = definition is not null && (option.Value.Length < definition.MinLength || option.Value.Length > definition.MaxLength);
            if (unknownCritical || badLength)
            {
                return option.Number;
            }
        }

        return null;
    }

    internal static CoapMessage WithDiagnostic(CoapMessage message, string? diagnostic) =>
        string.IsNullOrEmpty(diagnostic) ? message : message.WithPayload(diagnostic);

    internal static void Require(CoapMessage message, CoapCode code)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Code != code)
        {
            throw new ArgumentException($"Expected a {code.Describe()} message, got {message.Code.Describe()}", nameof(message));
        }
    }
}
