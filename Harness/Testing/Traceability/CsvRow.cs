namespace Harness.Testing.Traceability;

/// <summary>One record of a CSV file and the line it starts on.</summary>
internal sealed record CsvRow(int Line, IReadOnlyList<string> Fields);
