using System.Collections.Frozen;

namespace Harness.Protocol.Coap;

/// <summary>The option definitions the codec knows; unknown options are decoded as opaque.</summary>
public static class OptionRegistry
{
    private static readonly FrozenDictionary<int, OptionDefinition> Definitions = new OptionDefinition[]
    {
        new(OptionNumber.IfMatch, "If-Match", OptionFormat.Opaque, 0, 8, true, "RFC 7252 §5.10.8.1"),
        new(OptionNumber.UriHost, "Uri-Host", OptionFormat.String, 1, 255, false, "RFC 7252 §5.10.1"),
        new(OptionNumber.ETag, "ETag", OptionFormat.Opaque, 1, 8, true, "RFC 7252 §5.10.6"),
        new(OptionNumber.IfNoneMatch, "If-None-Match", OptionFormat.Empty, 0, 0, false, "RFC 7252 §5.10.8.2"),
        new(OptionNumber.Observe, "Observe", OptionFormat.UInt, 0, 3, false, "RFC 7641 §2"),
        new(OptionNumber.UriPort, "Uri-Port", OptionFormat.UInt, 0, 2, false, "RFC 7252 §5.10.1"),
        new(OptionNumber.LocationPath, "Location-Path", OptionFormat.String, 0, 255, true, "RFC 7252 §5.10.7"),
        new(OptionNumber.Oscore, "OSCORE", OptionFormat.Opaque, 0, 255, false, "RFC 8613 §2"),
        new(OptionNumber.UriPath, "Uri-Path", OptionFormat.String, 0, 255, true, "RFC 7252 §5.10.1"),
        new(OptionNumber.ContentFormat, "Content-Format", OptionFormat.UInt, 0, 2, false, "RFC 7252 §5.10.3"),
        new(OptionNumber.MaxAge, "Max-Age", OptionFormat.UInt, 0, 4, false, "RFC 7252 §5.10.5"),
        new(OptionNumber.UriQuery, "Uri-Query", OptionFormat.String, 0, 255, true, "RFC 7252 §5.10.1"),
        new(OptionNumber.HopLimit, "Hop-Limit", OptionFormat.UInt, 1, 1, false, "RFC 8768 §3"),
        new(OptionNumber.Accept, "Accept", OptionFormat.UInt, 0, 2, false, "RFC 7252 §5.10.4"),
        new(OptionNumber.QBlock1, "Q-Block1", OptionFormat.UInt, 0, 3, false, "RFC 9177 §4"),
        new(OptionNumber.LocationQuery, "Location-Query", OptionFormat.String, 0, 255, true, "RFC 7252 §5.10.7"),
        new(OptionNumber.Block2, "Block2", OptionFormat.UInt, 0, 3, false, "RFC 7959 §2.1"),
        new(OptionNumber.Block1, "Block1", OptionFormat.UInt, 0, 3, false, "RFC 7959 §2.1"),
        new(OptionNumber.Size2, "Size2", OptionFormat.UInt, 0, 4, false, "RFC 7959 §4"),
        new(OptionNumber.QBlock2, "Q-Block2", OptionFormat.UInt, 0, 3, false, "RFC 9177 §4"),
        new(OptionNumber.ProxyUri, "Proxy-Uri", OptionFormat.String, 1, 1034, false, "RFC 7252 §5.10.2"),
        new(OptionNumber.ProxyScheme, "Proxy-Scheme", OptionFormat.String, 1, 255, false, "RFC 7252 §5.10.2"),
        new(OptionNumber.Size1, "Size1", OptionFormat.UInt, 0, 4, false, "RFC 7252 §5.10.9"),
        new(OptionNumber.Echo, "Echo", OptionFormat.Opaque, 1, 40, false, "RFC 9175 §2.2.1"),
        new(OptionNumber.NoResponse, "No-Response", OptionFormat.UInt, 0, 1, false, "RFC 7967 §2"),
        new(OptionNumber.RequestTag, "Request-Tag", OptionFormat.Opaque, 0, 8, true, "RFC 9175 §3.2.1"),
    }.ToFrozenDictionary(d => d.Number);

    /// <summary>The same definitions indexed by number: the decoders look one up per option.</summary>
    private static readonly OptionDefinition?[] ByNumber = BuildIndex();

    public static IEnumerable<OptionDefinition> All => Definitions.Values.OrderBy(d => d.Number);

    public static bool TryGet(int number, out OptionDefinition definition) =>
        Definitions.TryGetValue(number, out definition!);

    public static OptionDefinition? Find(int number) => Definitions.GetValueOrDefault(number);

    /// <summary>Array lookup for the hot decode path; null for unknown numbers.</summary>
    internal static OptionDefinition? Lookup(int number) => (uint)number < (uint)ByNumber.Length ? ByNumber[number] : null;

    private static OptionDefinition?[] BuildIndex()
    {
        var index = new OptionDefinition?[Definitions.Keys.Max() + 1];
        foreach (var definition in Definitions.Values)
        {
            index[definition.Number] = definition;
        }

        return index;
    }

    /// <summary>Registered name, or "Option 1234" for an unknown number.</summary>
    public static string NameOf(int number) =>
        Definitions.TryGetValue(number, out var d) ? d.Name : $"Option {number}";
}
