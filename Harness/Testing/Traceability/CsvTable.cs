using System.Text;

namespace Harness.Testing.Traceability;

/// <summary>
/// A CSV file (RFC 4180: comma separated, fields in double quotes may hold commas, quotes doubled and line breaks)
/// read into a header and rows that remember the line they start on, so that errors can point at them.
/// </summary>
internal sealed class CsvTable
{
    private CsvTable(string file, IReadOnlyList<string> header, IReadOnlyList<CsvRow> rows)
    {
        File = file;
        Header = header;
        Rows = rows;
    }

    public string File { get; }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<CsvRow> Rows { get; }

    /// <summary>
    /// Parses <paramref name="text"/>; syntax errors (an unclosed quote, text after a closing quote) go to
    /// <paramref name="errors"/>, and an unclosed quote drops only the record it starts in.
    /// </summary>
    public static CsvTable Parse(string file, string text, ICollection<CatalogError> errors)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(errors);
        var records = new List<CsvRow>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var recordLine = 1;
        var index = 0;
        var atFieldStart = true;
        while (index < text.Length)
        {
            var character = text[index];
            if (atFieldStart && character == '"')
            {
                var start = line;
                index = ReadQuoted(text, index + 1, field, ref line);
                if (index < 0)
                {
                    // The rest of the file is inside the field: keep the records before it.
                    errors.Add(new CatalogError(file, start, "a quoted field is not closed"));
                    fields.Clear();
                    field.Clear();
                    break;
                }

                if (index < text.Length && text[index] is not (',' or '\n' or '\r'))
                {
                    errors.Add(new CatalogError(file, line, "text follows the closing quote of a field"));
                    while (index < text.Length && text[index] is not (',' or '\n'))
                    {
                        index++;
                    }
                }

                atFieldStart = false;
                continue;
            }

            switch (character)
            {
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    atFieldStart = true;
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    AddRecord(records, fields, recordLine);
                    line++;
                    recordLine = line;
                    atFieldStart = true;
                    break;
                default:
                    field.Append(character);
                    atFieldStart = false;
                    break;
            }

            index++;
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            AddRecord(records, fields, recordLine);
        }

        return records.Count == 0
            ? new CsvTable(file, [], [])
            : new CsvTable(file, records[0].Fields, records.Skip(1).ToList());
    }

    // Returns the index after the closing quote, or -1 when the file ends inside the field.
    private static int ReadQuoted(string text, int index, StringBuilder field, ref int line)
    {
        while (index < text.Length)
        {
            var character = text[index];
            if (character == '"')
            {
                if (index + 1 < text.Length && text[index + 1] == '"')
                {
                    field.Append('"');
                    index += 2;
                    continue;
                }

                return index + 1;
            }

            if (character == '\n')
            {
                line++;
            }

            if (character != '\r')
            {
                field.Append(character);
            }

            index++;
        }

        return -1;
    }

    private static void AddRecord(List<CsvRow> records, List<string> fields, int line)
    {
        // A blank line is no record.
        if (!(fields.Count == 1 && fields[0].Length == 0))
        {
            records.Add(new CsvRow(line, [.. fields]));
        }

        fields.Clear();
    }
}
