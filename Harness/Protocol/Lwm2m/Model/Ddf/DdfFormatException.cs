namespace Harness.Protocol.Lwm2m.Model.Ddf;

/// <summary>An object definition file that cannot be used; <see cref="Errors"/> lists every fault found.</summary>
public sealed class DdfFormatException : FormatException
{
    public DdfFormatException()
        : this("Invalid object definition")
    {
    }

    public DdfFormatException(string message)
        : base(message) => Errors = [new DdfError("", 0, 0, message)];

    public DdfFormatException(string message, Exception innerException)
        : base(message, innerException) => Errors = [new DdfError("", 0, 0, message)];

    public DdfFormatException(IEnumerable<DdfError> errors)
        : this(errors?.ToArray() ?? throw new ArgumentNullException(nameof(errors)))
    {
    }

    private DdfFormatException(DdfError[] errors)
        : base(string.Join(Environment.NewLine, errors.Select(e => e.ToString()))) => Errors = errors;

    public IReadOnlyList<DdfError> Errors { get; }
}
