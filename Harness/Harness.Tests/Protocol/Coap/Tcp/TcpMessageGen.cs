using CsCheck;
using Harness.Protocol.Coap;
using Harness.Protocol.Coap.Tcp;

namespace Harness.Tests.Protocol.Coap.Tcp;

/// <summary>Generators of valid messages for the TCP framing properties.</summary>
internal static class TcpMessageGen
{
    private static readonly OptionDefinition[] Registered = OptionRegistry.All.ToArray();

    private static Gen<CoapOption> RegisteredOption { get; } =
        Gen.Int[0, Registered.Length - 1].SelectMany(i =>
        {
            var definition = Registered[i];
            return Gen.Byte.Array[definition.MinLength, Math.Min(definition.MaxLength, 300)].Select(value => new CoapOption(definition.Number, value));
        });

    private static Gen<CoapOption> UnregisteredOption { get; } =
        Gen.Select(Gen.Int[1000, 65000].Where(n => OptionRegistry.Find(n) is null), Gen.Byte.Array[0, 400], (number, value) => new CoapOption(number, value));

    public static Gen<byte[]> Token { get; } = Gen.Byte.Array[0, 8];

    /// <summary>Mostly small payloads, sometimes ones that cross the 269 and 65805 length boundaries.</summary>
    public static Gen<byte[]> Payload { get; } = Gen.Frequency(
        (6, Gen.Byte.Array[0, 300]),
        (2, Gen.Byte.Array[250, 2000]),
        (1, Gen.Byte.Array[65780, 65830]));

    public static Gen<byte[]> SmallPayload { get; } = Gen.Byte.Array[0, 300];

    private static readonly CoapCode[] Codes =
    [
        CoapCode.Get, CoapCode.Post, CoapCode.Put, CoapCode.Delete, CoapCode.Fetch,
        CoapCode.Content, CoapCode.Changed, CoapCode.Created, CoapCode.Continue, CoapCode.NotFound, CoapCode.BadRequest, CoapCode.InternalServerError,
    ];

    public static Gen<CoapCode> RequestOrResponseCode { get; } = Gen.Int[0, Codes.Length - 1].Select(i => Codes[i]);

    /// <summary>Registered options with lengths the registry allows, plus unregistered numbers with any value.</summary>
    public static Gen<CoapOption[]> Options { get; } =
        Gen.Select(RegisteredOption.Array[0, 6], UnregisteredOption.Array[0, 3], (a, b) => Distinct(a.Concat(b)));

    public static Gen<CoapMessage> Message(Gen<byte[]> payload) =>
        Gen.Select(RequestOrResponseCode, Token, Options, payload, (code, token, options, body) =>
            new CoapMessage(CoapMessageType.Confirmable, code, 0, token, options, body));

    public static Gen<CoapMessage> Signal { get; } = Gen.OneOf(
        Gen.Select(Optional(Gen.UInt), Gen.Bool, (size, blockWise) => CoapSignals.Csm(size, blockWise)),
        Gen.Select(Token, Gen.Bool, (token, custody) => CoapSignals.Ping(token, custody)),
        Gen.Select(Token, Gen.Bool, (token, custody) => CoapSignals.Pong(token, custody)),
        Gen.Select(Gen.String[Gen.Char["abcdefghijklmnopqrstuvwxyz0123456789.:"], 1, 40].Array[0, 3], Optional(Gen.UInt[0, 0xFFFFFF]), (addresses, holdOff) => CoapSignals.Release(addresses, holdOff, "bye")),
        Gen.Select(Optional(Gen.Int[0, 0xFFFF]), Gen.String[Gen.Char["abc xyz!"], 0, 60], (option, text) => CoapSignals.Abort(option, text)));

    private static Gen<T?> Optional<T>(Gen<T> gen)
        where T : struct =>
        Gen.Select(Gen.Bool, gen, (present, value) => present ? value : (T?)null);

    /// <summary>Keeps one instance of each non-repeatable option so the message is valid.</summary>
    private static CoapOption[] Distinct(IEnumerable<CoapOption> options)
    {
        var seen = new HashSet<int>();
        return options.Where(o => OptionRegistry.Find(o.Number) is { Repeatable: true } || seen.Add(o.Number)).ToArray();
    }
}
