using System.Net;
using System.Text.RegularExpressions;

namespace Harness.Tests.Reporting;

/// <summary>The visible text of a dumped DOM: scripts and styles dropped, tags removed, entities decoded, spaces collapsed.</summary>
internal static partial class PageText
{
    public static string Of(string dom)
    {
        var text = Hidden().Replace(dom, " ");
        text = Tag().Replace(text, " ");
        return Spaces().Replace(WebUtility.HtmlDecode(text), " ");
    }

    [GeneratedRegex("<(script|style)[^>]*>.*?</\\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Hidden();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex("\\s+")]
    private static partial Regex Spaces();
}
