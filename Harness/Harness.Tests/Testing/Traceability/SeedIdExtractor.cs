using System.Text.RegularExpressions;

namespace Harness.Tests.Testing.Traceability;

/// <summary>
/// Finds every token shaped like a requirement label in a seed text, as grep -o would, after repairing the layout
/// damage of the plain-text extracts: a stray space inside a label ("LightweightM2M -OSR-001", "LwM2M-TRAN- BIND-05")
/// and a label wrapped onto the next line ("LwM2M-BOOT-" then "PROV-01").
/// </summary>
internal static partial class SeedIdExtractor
{
    public static IReadOnlyList<string> Extract(string text)
    {
        text = SpaceBeforeHyphen().Replace(text, "-");
        text = SpaceAfterHyphen().Replace(text, "-");
        text = WrappedLabel().Replace(text, "$1$2\t");
        return [.. Label().Matches(text).Select(match => match.Value).Distinct(StringComparer.Ordinal)];
    }

    [GeneratedRegex(@"(?<=[A-Za-z0-9]) +-(?=[A-Za-z]+-[0-9])")]
    private static partial Regex SpaceBeforeHyphen();

    [GeneratedRegex(@"(?<=-[A-Z]{2,10})- +(?=[A-Z]+-[0-9])")]
    private static partial Regex SpaceAfterHyphen();

    [GeneratedRegex(@"(?m)^([A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*-)\t[^\n]*\n([A-Z]+-[0-9]+)\t")]
    private static partial Regex WrappedLabel();

    // Words joined by hyphens ending in a 2-4 digit number, optionally followed by a status letter (…-001-M).
    [GeneratedRegex(@"(?<![A-Za-z0-9-])[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z][A-Za-z0-9]*)*-[0-9]{2,4}(?:-[A-Z]{1,2})?(?![A-Za-z0-9-])")]
    private static partial Regex Label();
}
