using System.Text.RegularExpressions;

namespace Harness.Testing.Reporting.Allure;

/// <summary>
/// Turns a clause a test cites ("OMA-TS-LightweightM2M_Core-V1_1_1 §6.2.1", "RFC 7252 §4.8.2 (MAX_TRANSMIT_WAIT)")
/// into a link. RFCs get the section's anchor at the RFC Editor. OMA publishes its approved documents in dated
/// release folders whose names cannot be derived from the clause, so an OMA clause links to the LwM2M release
/// index where the document is listed; the link's name keeps the whole clause.
/// </summary>
public static partial class SpecClauseLinks
{
    /// <summary>The release index of the OMA LwM2M enabler.</summary>
    public const string OmaReleaseIndex = "https://www.openmobilealliance.org/release/LightweightM2M/";

    /// <summary>The link for <paramref name="clause"/>.</summary>
    public static AllureLink For(string clause)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(clause);
        return new AllureLink(clause, UrlOf(clause), "link");
    }

    /// <summary>The URL for <paramref name="clause"/>: an RFC section anchor, or the OMA release index.</summary>
    public static string UrlOf(string clause)
    {
        ArgumentNullException.ThrowIfNull(clause);
        var rfc = RfcClause().Match(clause);
        if (rfc.Success)
        {
            var document = $"https://www.rfc-editor.org/rfc/rfc{rfc.Groups["number"].Value}";
            return rfc.Groups["section"].Success ? $"{document}#section-{rfc.Groups["section"].Value}" : document;
        }

        return OmaReleaseIndex;
    }

    [GeneratedRegex(@"^RFC\s*(?<number>[0-9]{3,5})(\s*§\s*(?<section>[0-9]+(\.[0-9]+)*))?", RegexOptions.CultureInvariant)]
    private static partial Regex RfcClause();
}
