using System.Globalization;

namespace Harness.Runtime.Dut;

/// <summary>Which typed lines count as an answer to each kind of question.</summary>
internal static class OperatorReplies
{
    public static bool? IsYes(string text) => text.Trim().ToUpperInvariant() switch
    {
        "Y" or "YES" => true,
        "N" or "NO" => false,
        _ => null,
    };

    public static bool IsYesOrNo(string text) => IsYes(text) is not null;

    public static bool IsNumber(string text) => decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out _);

    public static bool IsAnything(string text) => text is not null;
}
