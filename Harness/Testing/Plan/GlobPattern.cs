using System.Text.RegularExpressions;

namespace Harness.Testing.Plan;

/// <summary>Selection globs: * matches any run of characters, ? one character; everything else literally.</summary>
public static class GlobPattern
{
    public static bool HasWildcard(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        return pattern.AsSpan().IndexOfAny('*', '?') >= 0;
    }

    public static bool Matches(string pattern, string value)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(value);
        var expression = "^" + Regex.Escape(pattern).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\?", ".", StringComparison.Ordinal) + "$";
        return Regex.IsMatch(value, expression, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}
