namespace Harness.Testing.Traceability;

/// <summary>One problem in a catalog file, at a 1-based line (0 when it concerns the whole file).</summary>
public sealed record CatalogError(string File, int Line, string Message)
{
    /// <summary>"file:line: message", or "file: message" without a line.</summary>
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}";
}
