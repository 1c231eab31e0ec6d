using System.Collections.Frozen;

namespace Harness.Protocol.Coap.Tcp;

/// <summary>
/// Definitions of signaling options per signaling code (RFC 8323 §5.3–§5.6). The request/response
/// <see cref="OptionRegistry"/> does not apply to signaling messages.
/// </summary>
public static class SignalingOptionRegistry
{
    /// <summary>Base value of Max-Message-Size before any CSM says otherwise (RFC 8323 §5.3.1).</summary>
    public const uint BaseMaxMessageSize = 1152;

    private static readonly OptionDefinition[] Csm =
    [
        new(SignalingOptionNumber.MaxMessageSize, "Max-Message-Size", OptionFormat.UInt, 0, 4, false, "RFC 8323 §5.3.1"),
        new(SignalingOptionNumber.BlockWiseTransfer, "Block-Wise-Transfer", OptionFormat.Empty, 0, 0, false, "RFC 8323 §5.3.2"),
    ];

    private static readonly OptionDefinition[] PingPong =
    [
        new(SignalingOptionNumber.Custody, "Custody", OptionFormat.Empty, 0, 0, false, "RFC 8323 §5.4.1"),
    ];

    private static readonly OptionDefinition[] Release =
    [
        new(SignalingOptionNumber.AlternativeAddress, "Alternative-Address", OptionFormat.String, 1, 255, true, "RFC 8323 §5.5"),
        new(SignalingOptionNumber.HoldOff, "Hold-Off", OptionFormat.UInt, 0, 3, false, "RFC 8323 §5.5"),
    ];

    private static readonly OptionDefinition[] Abort =
    [
        new(SignalingOptionNumber.BadCsmOption, "Bad-CSM-Option", OptionFormat.UInt, 0, 2, false, "RFC 8323 §5.6"),
    ];

    private static readonly FrozenDictionary<byte, OptionDefinition[]> ByCode = new Dictionary<byte, OptionDefinition[]>
    {
        [CoapCode.Csm.Value] = Csm,
        [CoapCode.Ping.Value] = PingPong,
        [CoapCode.Pong.Value] = PingPong,
        [CoapCode.Release.Value] = Release,
        [CoapCode.Abort.Value] = Abort,
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<byte, Func<int, OptionDefinition?>> Lookups =
        ByCode.ToFrozenDictionary(p => p.Key, p => (Func<int, OptionDefinition?>)(number => Find(new CoapCode(p.Key), number)));

    private static readonly Func<int, OptionDefinition?> NoDefinitions = _ => null;

    /// <summary>True for the signaling codes RFC 8323 assigns (7.01–7.05).</summary>
    public static bool IsAssigned(CoapCode code) => ByCode.ContainsKey(code.Value);

    public static IReadOnlyList<OptionDefinition> For(CoapCode code) => ByCode.GetValueOrDefault(code.Value) ?? [];

    public static OptionDefinition? Find(CoapCode code, int number)
    {
        foreach (var definition in For(code))
        {
            if (definition.Number == number)
            {
                return definition;
            }
        }

        return null;
    }

    /// <summary>"Max-Message-Size" for option 2 of a CSM; "Signaling option 9" when the code does not define it.</summary>
    public static string NameOf(CoapCode code, int number) =>
        Find(code, number)?.Name ?? $"Signaling option {number}";

    /// <summary>The lookup the options scanner uses for a message of <paramref name="code"/>.</summary>
    public static Func<int, OptionDefinition?> LookupFor(CoapCode code) =>
        !code.IsSignaling ? OptionRegistry.Find : Lookups.GetValueOrDefault(code.Value) ?? NoDefinitions;
}
