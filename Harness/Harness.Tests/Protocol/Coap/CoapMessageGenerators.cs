using CsCheck;
using Harness.Protocol.Coap;

namespace Harness.Tests.Protocol.Coap;

/// <summary>
/// Generators of messages that break no MUST-level rule (RULES.md): codes fit their types, Empty
/// messages are bare, registered options keep their length ranges and repeatability, unknown option
/// numbers cover small and large deltas, and some values and payloads are long enough for the 16-bit
/// length extension.
/// </summary>
internal static class CoapMessageGenerators
{
    private static readonly OptionDefinition[] Registered = OptionRegistry.All.ToArray();

    private static readonly Gen<byte[]> ShortBytes = Gen.Byte.Array[0, 24];

    private static readonly Gen<byte[]> AnyLengthBytes = Gen.Frequency((8, ShortBytes), (1, Gen.Byte.Array[250, 600]));

    private static readonly Gen<CoapOption> RegisteredOption =
        Gen.OneOf(Registered).SelectMany(d => Gen.Byte.Array[d.MinLength, Math.Min(d.MaxLength, 300)].Select(v => new CoapOption(d.Number, v)));

    private static readonly Gen<CoapOption> UnknownOption =
        Gen.Select(Gen.Frequency((3, Gen.Int[0, 300]), (1, Gen.Int[301, 65535])), AnyLengthBytes, (n, v) => (n, v))
            .Where(p => OptionRegistry.Find(p.n) is null)
            .Select(p => new CoapOption(p.n, p.v));

    private static readonly Gen<CoapOption[]> Options =
        Gen.Frequency((3, RegisteredOption), (1, UnknownOption)).Array[0, 10].Select(KeepAllowedRepeats);

    private static readonly Gen<(CoapMessageType Type, CoapCode Code)> TypeAndCode = Gen.Frequency(
        (1, Gen.Select(Gen.OneOf(CoapMessageType.Confirmable, CoapMessageType.Acknowledgement, CoapMessageType.Reset), Gen.Const(CoapCode.Empty), (t, c) => (t, c))),
        (4, Gen.Select(Gen.OneOf(CoapMessageType.Confirmable, CoapMessageType.NonConfirmable), Gen.Int[1, 31], (t, d) => (t, CoapCode.Of(0, d)))),
        (4, Gen.Select(Gen.OneOf(CoapMessageType.Confirmable, CoapMessageType.NonConfirmable, CoapMessageType.Acknowledgement), Gen.OneOf(2, 4, 5), Gen.Int[0, 31], (t, c, d) => (t, CoapCode.Of(c, d)))));

    /// <summary>Messages that strict decoding must accept once encoded.</summary>
    public static readonly Gen<CoapMessage> ValidMessage =
        Gen.Select(TypeAndCode, Gen.UShort, Gen.Byte.Array[0, CoapMessage.MaxTokenLength], Options, AnyLengthBytes, Build);

    private static CoapMessage Build((CoapMessageType Type, CoapCode Code) header, ushort messageId, byte[] token, CoapOption[] options, byte[] payload) =>
        header.Code.IsEmpty
            ? new CoapMessage(header.Type, header.Code, messageId)
            : new CoapMessage(header.Type, header.Code, messageId, token, options, payload);

    private static CoapOption[] KeepAllowedRepeats(CoapOption[] options)
    {
        var seen = new HashSet<int>();
        return options.Where(o => OptionRegistry.Find(o.Number) is not { Repeatable: false } || seen.Add(o.Number)).ToArray();
    }
}
