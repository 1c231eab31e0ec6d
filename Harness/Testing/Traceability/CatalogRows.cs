namespace Harness.Testing.Traceability;

/// <summary>
/// The rows of one catalog CSV file read against its expected columns: unknown or missing columns, rows of the wrong
/// width and empty required fields become errors with the file and line; accessors give values by column name.
/// </summary>
internal sealed class CatalogRows
{
    private readonly CsvTable table;
    private readonly Dictionary<string, int> columns;
    private readonly ICollection<CatalogError> errors;

    private CatalogRows(CsvTable table, Dictionary<string, int> columns, ICollection<CatalogError> errors)
    {
        this.table = table;
        this.columns = columns;
        this.errors = errors;
    }

    /// <summary>The rows whose width matches the header; only these are handed out.</summary>
    public IReadOnlyList<CsvRow> Rows { get; private set; } = [];

    public string File => table.File;

    public static CatalogRows Read(string file, string text, IReadOnlyList<string> expectedColumns, ICollection<CatalogError> errors)
    {
        var table = CsvTable.Parse(file, text, errors);
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var index = 0; index < table.Header.Count; index++)
        {
            var name = table.Header[index].Trim();
            if (!expectedColumns.Contains(name, StringComparer.Ordinal))
            {
                errors.Add(new CatalogError(file, 1, $"unknown column \"{name}\"; expected {string.Join(", ", expectedColumns)}"));
            }
            else if (!columns.TryAdd(name, index))
            {
                errors.Add(new CatalogError(file, 1, $"column \"{name}\" appears twice"));
            }
        }

        foreach (var missing in expectedColumns.Where(name => !columns.ContainsKey(name)))
        {
            errors.Add(new CatalogError(file, 1, $"missing column \"{missing}\""));
        }

        var rows = new CatalogRows(table, columns, errors);
        if (columns.Count == expectedColumns.Count)
        {
            rows.Rows = [.. table.Rows.Where(rows.HasHeaderWidth)];
        }

        return rows;
    }

    /// <summary>The trimmed value of <paramref name="column"/> in <paramref name="row"/>, possibly empty.</summary>
    public string Value(CsvRow row, string column) => row.Fields[columns[column]].Trim();

    /// <summary>The value, or null after recording an error when it is empty.</summary>
    public string? Required(CsvRow row, string column)
    {
        var value = Value(row, column);
        if (value.Length > 0)
        {
            return value;
        }

        Error(row, $"{column} is empty");
        return null;
    }

    public void Error(CsvRow row, string message) => errors.Add(new CatalogError(table.File, row.Line, message));

    private bool HasHeaderWidth(CsvRow row)
    {
        if (row.Fields.Count == table.Header.Count)
        {
            return true;
        }

        Error(row, $"expected {table.Header.Count} fields ({string.Join(",", table.Header)}), found {row.Fields.Count}");
        return false;
    }
}
