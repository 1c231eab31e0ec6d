using System.Collections.Frozen;
using Harness.Protocol.Coap;

namespace Harness.Runtime.Analysis.Timeline;

/// <summary>
/// Decides whether a UDP payload on a port not known to carry CoAP is CoAP anyway. Only a strictly valid
/// version-1 message with a registered code and only registered options passes, and never on a port of a
/// well-known other protocol: a random binary payload (a DNS query whose id starts with bits 01, say) almost
/// always fails on its code or option numbers.
/// </summary>
internal static class CoapHeuristic
{
    private static readonly FrozenSet<int> OtherProtocolPorts = new[]
    {
        53, 67, 68, 69, 123, 137, 138, 161, 162, 443, 500, 514, 1900, 3478, 4500, 5353, 5355,
    }.ToFrozenSet();

    public static bool LooksLikeCoap(ReadOnlyMemory<byte> payload, int sourcePort, int destinationPort, out CoapDecodeResult decoded)
    {
        decoded = default;
        if (payload.Length < CoapUdpCodec.HeaderLength || payload.Span[0] >> 6 != CoapUdpCodec.Version
            || OtherProtocolPorts.Contains(sourcePort) || OtherProtocolPorts.Contains(destinationPort))
        {
            return false;
        }

        decoded = CoapUdpCodec.Decode(payload, CoapDecodeMode.Strict);
        if (!decoded.IsValid || decoded.Message!.Code.IsSignaling || (!decoded.Message.Code.IsEmpty && !IsRegistered(decoded.Message.Code)))
        {
            return false;
        }

        foreach (var option in decoded.Message.Options)
        {
            if (OptionRegistry.Find(option.Number) is null)
            {
                return false;
            }
        }

        return true;
    }

    // Describe() appends the code's name only when the code is registered.
    private static bool IsRegistered(CoapCode code) => code.Describe().Length > code.ToString().Length;
}
