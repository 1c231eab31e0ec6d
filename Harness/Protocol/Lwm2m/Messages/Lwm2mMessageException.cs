namespace Harness.Protocol.Lwm2m.Messages;

/// <summary>A CoAP message is not the LwM2M operation it was read as; the errors say precisely why.</summary>
public sealed class Lwm2mMessageException : FormatException
{
    public Lwm2mMessageException()
    {
        Errors = [];
    }

    public Lwm2mMessageException(string message)
        : base(message)
    {
        Errors = [];
    }

    public Lwm2mMessageException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [];
    }

    public Lwm2mMessageException(string operation, IReadOnlyList<Lwm2mMessageError> errors)
        : base($"Not a valid {operation}: {string.Join("; ", errors ?? [])}")
    {
        Errors = errors ?? [];
    }

    public IReadOnlyList<Lwm2mMessageError> Errors { get; }
}
