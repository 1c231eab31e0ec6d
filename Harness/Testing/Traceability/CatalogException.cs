namespace Harness.Testing.Traceability;

/// <summary>Thrown when catalog or results files are invalid; carries every error found, not only the first.</summary>
public sealed class CatalogException : Exception
{
    public CatalogException()
        : this([])
    {
    }

    public CatalogException(string message)
        : this([new CatalogError("catalog", 0, message)])
    {
    }

    public CatalogException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [new CatalogError("catalog", 0, message)];
    }

    public CatalogException(IReadOnlyList<CatalogError> errors)
        : base(string.Join(Environment.NewLine, errors ?? []))
    {
        Errors = errors ?? [];
    }

    /// <summary>Every error, in file and line order.</summary>
    public IReadOnlyList<CatalogError> Errors { get; }
}
