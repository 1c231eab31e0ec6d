using Harness.Protocol.Links;

namespace Harness.Tests.Protocol.Links;

/// <summary>Random but well-formed links for round-trip and mutation tests (callers fix the seed).</summary>
internal static class LinkGenerator
{
    private const string UriChars = "abcxyz0189-._~:/?#[]@!$&'()*+,;=";
    private const string PtokenChars = "abcXYZ019!#$%&'()*+-./:<=>?@[]^_`{|}~";
    private const string AttrChars = "abcdefghijklmnopqrstuvwxyz0123456789!#$&+-.^_`|~";
    private static readonly string[] KnownNames = ["ver", "lwm2m", "ssid", "uri", "dim", "pmin", "pmax", "gt", "lt", "st", "epmin", "epmax", "edge", "con", "hqmax", "rt", "if", "obs", "rel"];

    public static List<Link> Links(Random random)
    {
        int count = random.Next(0, 6);
        return Enumerable.Range(0, count).Select(_ => Link(random)).ToList();
    }

    public static Link Link(Random random)
    {
        string target = random.Next(3) == 0 ? "/" + random.Next(0, 65536) + "/" + random.Next(0, 10) : "/" + Text(random, UriChars, 0, 12) + (random.Next(4) == 0 ? "%2F" : string.Empty);
        var parameters = Enumerable.Range(0, random.Next(0, 5)).Select(_ => Parameter(random)).ToList();
        return new Link(target, parameters);
    }

    private static LinkParameter Parameter(Random random)
    {
        string name = random.Next(2) == 0 ? KnownNames[random.Next(KnownNames.Length)] : Text(random, AttrChars, 1, 6);
        if (name is "sz" or "ct" or "anchor" or "title")
        {
            name = "x" + name; // these carry value rules of their own (RFC 6690 §2, RFC 7252 §7.2.1)
        }

        return random.Next(4) switch
        {
            0 => LinkParameter.Flag(name),
            1 => LinkParameter.Token(name, Text(random, PtokenChars, 1, 10)),
            2 => LinkParameter.Token(name, random.Next(0, 100_000).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            _ => LinkParameter.QuotedString(name, QuotedText(random)),
        };
    }

    private static string QuotedText(Random random)
    {
        const string chars = "ab ,;<>=\"\\é€\tZ9";
        return Text(random, chars, 0, 12);
    }

    private static string Text(Random random, string alphabet, int min, int max) =>
        new(Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
}
