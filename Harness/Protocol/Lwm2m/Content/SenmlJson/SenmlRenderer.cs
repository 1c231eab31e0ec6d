using System.Globalization;
using System.Text;
using Harness.Protocol.Lwm2m.Values;

namespace Harness.Protocol.Lwm2m.Content.SenmlJson;

/// <summary>
/// The syntax tier as a table for reports: one row per record with its resolved name (base name + name),
/// value field and value, and resolved time, then the rules broken. Works on whatever a lax read kept.
/// </summary>
internal static class SenmlRenderer
{
    private const int LongestShownText = 60;

    public static string Render(SenmlPack pack, SenmlDialect dialect)
    {
        var rows = new List<(string Index, string Name, string Value, string Time)>(pack.Records.Count);
        string? baseName = null;
        double? baseTime = null;
        foreach (var record in pack.Records)
        {
            baseName = record.BaseName ?? baseName;
            baseTime = record.BaseTime ?? baseTime;
            string name = Shorten((baseName ?? string.Empty) + (record.Name ?? string.Empty));
            string time = record.Time is null && baseTime is null ? string.Empty : Number((baseTime ?? 0) + (record.Time ?? 0));
            rows.Add((record.Index.ToString(CultureInfo.InvariantCulture), name.Length == 0 ? "(none)" : name, FormatValue(record, dialect), time));
        }

        var text = new StringBuilder();
        text.Append(dialect.FormatName).Append(": ").Append(pack.Records.Count).Append(pack.Records.Count == 1 ? " record" : " records").Append('\n');
        if (rows.Count > 0)
        {
            int nameWidth = Math.Max(4, rows.Max(r => r.Name.Length));
            int valueWidth = Math.Max(5, rows.Max(r => r.Value.Length));
            int indexWidth = Math.Max(1, rows.Max(r => r.Index.Length));
            Row(text, "#".PadRight(indexWidth), "Name".PadRight(nameWidth), "Value".PadRight(valueWidth), "Time");
            foreach (var row in rows)
            {
                Row(text, row.Index.PadRight(indexWidth), row.Name.PadRight(nameWidth), row.Value.PadRight(valueWidth), row.Time);
            }
        }

        if (pack.Errors.Count > 0)
        {
            text.Append("Errors:\n");
            foreach (var error in pack.Errors)
            {
                text.Append("  ").Append(error).Append('\n');
            }
        }

        return text.ToString();
    }

    /// <summary>A record's value field and value, e.g. <c>vs "ACME"</c>, <c>v 22.4</c>, <c>null (remove)</c>.</summary>
    public static string FormatValue(SenmlRecord record) => FormatValue(record, SenmlDialect.SenmlJson);

    public static string FormatValue(SenmlRecord record, SenmlDialect dialect)
    {
        string label = dialect.Label(record.ValueKind);
        return record.ValueKind switch
        {
            SenmlValueKind.None => "(no value)",
            SenmlValueKind.Null => "null (remove)",
            SenmlValueKind.Number => $"{label} {record.Number}",
            SenmlValueKind.Boolean => record.Boolean ? $"{label} true" : $"{label} false",
            SenmlValueKind.Data => $"{label} {Shorten(ValueText.Quote(record.Text ?? string.Empty))}{DataLength(record.Text)}",
            _ => $"{label} {Shorten(ValueText.Quote(record.Text ?? string.Empty))}",
        };
    }

    private static string DataLength(string? text) =>
        Base64Text.TryDecode(text ?? string.Empty, urlSafe: true, out byte[] bytes, out _, out _)
            ? string.Create(CultureInfo.InvariantCulture, $" ({bytes.Length} bytes)")
            : " (not base64url)";

    private static void Row(StringBuilder text, string index, string name, string value, string time) =>
        text.Append($"{index}  {name}  {value}  {time}".TrimEnd()).Append('\n');

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string Shorten(string text) => text.Length <= LongestShownText ? text : string.Concat(text.AsSpan(0, LongestShownText), "…");
}
