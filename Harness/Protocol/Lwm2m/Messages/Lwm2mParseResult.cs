namespace Harness.Protocol.Lwm2m.Messages;

/// <summary>A message read as an LwM2M operation: the typed request, or every error that prevented it.</summary>
public sealed class Lwm2mParseResult<T>
    where T : class
{
    private Lwm2mParseResult(string operation, T? value, IReadOnlyList<Lwm2mMessageError> errors)
    {
        Operation = operation;
        Value = value;
        Errors = errors;
    }

    public string Operation { get; }

    public T? Value { get; }

    public IReadOnlyList<Lwm2mMessageError> Errors { get; }

    public bool IsValid => Value is not null;

    public static Lwm2mParseResult<T> Success(string operation, T value) => new(operation, value ?? throw new ArgumentNullException(nameof(value)), []);

    public static Lwm2mParseResult<T> Failure(string operation, IReadOnlyList<Lwm2mMessageError> errors) =>
        errors is { Count: > 0 } ? new(operation, null, errors) : throw new ArgumentException("A failure needs at least one error", nameof(errors));

    /// <summary>The request, or <see cref="Lwm2mMessageException"/> listing every error.</summary>
    public T GetOrThrow() => Value ?? throw new Lwm2mMessageException(Operation, Errors);

    public override string ToString() => IsValid ? $"{Operation}: {Value}" : $"invalid {Operation}: {string.Join("; ", Errors)}";
}
