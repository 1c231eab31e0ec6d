using System.Globalization;
using Harness.Protocol.Lwm2m.Values;

namespace Harness.Protocol.Lwm2m.Model;

/// <summary>The shapes of "Range or Enumeration" entries found in object definitions.</summary>
internal static class ValueConstraintParser
{

    public static ValueConstraint? Parse(string? text, Lwm2mDataType type)
    {
        var lengthType = type is Lwm2mDataType.String or Lwm2mDataType.Opaque or Lwm2mDataType.Corelnk;
        var numericType = type is Lwm2mDataType.Integer or Lwm2mDataType.UnsignedInteger or Lwm2mDataType.Float or Lwm2mDataType.Time;
        var body = text?.Trim() ?? "";
        if (body.Length == 0 || !(lengthType || numericType))
        {
            return null;
        }

        var saysBytes = TryStripBytes(ref body);
        if (saysBytes)
        {
            if (!lengthType)
            {
                // "2 bytes" on an integer speaks of its encoding, not of its values.
                return null;
            }
        }

        if (TryParseRange(body, out var minimum, out var maximum))
        {
            return minimum <= maximum ? ValueConstraint.Range(minimum, maximum, lengthType) : null;
        }

        if (body.Contains(',', StringComparison.Ordinal))
        {
            var values = new List<decimal>();
            foreach (var part in body.Split(','))
            {
                if (!TryParseNumber(part.Trim(), out var value))
                {
                    return null;
                }

                values.Add(value);
            }

            return ValueConstraint.Enumeration(values, lengthType);
        }

        // A lone number is an exact length only when the entry says "bytes"; "255" alone is ambiguous.
        return saysBytes && TryParseNumber(body, out var exact) ? ValueConstraint.Range(exact, exact, appliesToLength: true) : null;
    }

    /// <summary>Removes a trailing "bytes" or "byte" unit.</summary>
    private static bool TryStripBytes(ref string body)
    {
        foreach (var unit in (ReadOnlySpan<string>)["bytes", "byte"])
        {
            if (body.EndsWith(unit, StringComparison.OrdinalIgnoreCase))
            {
                body = body[..^unit.Length].TrimEnd();
                return true;
            }
        }

        return false;
    }

    private static bool TryParseRange(string body, out decimal minimum, out decimal maximum)
    {
        minimum = maximum = 0;
        var dots = body.IndexOf("..", StringComparison.Ordinal);
        if (dots > 0)
        {
            return TryParseNumber(body[..dots].Trim(), out minimum) && TryParseNumber(body[(dots + 2)..].Trim(), out maximum);
        }

        // "0-255": a dash separates bounds only when neither bound has a sign.
        var dash = body.IndexOf('-', StringComparison.Ordinal);
        return dash > 0 && body.IndexOf('-', dash + 1) < 0
            && TryParseNumber(body[..dash].Trim(), out minimum) && TryParseNumber(body[(dash + 1)..].Trim(), out maximum)
            && minimum >= 0;
    }

    private static bool TryParseNumber(string text, out decimal value) =>
        decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value)
        && text.Length > 0 && !char.IsWhiteSpace(text[0]);
}
