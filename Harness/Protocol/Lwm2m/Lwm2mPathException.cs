namespace Harness.Protocol.Lwm2m;

/// <summary>Thrown by <see cref="Lwm2mPath.Parse"/> and <see cref="Lwm2mPath.FromUriPath"/> for a malformed path.</summary>
public sealed class Lwm2mPathException : FormatException
{
    public Lwm2mPathException()
        : this(new Lwm2mPathError(Lwm2mPathErrorKind.Empty, "Malformed LwM2M path", 0, -1, Lwm2mPathParser.PathClause))
    {
    }

    public Lwm2mPathException(string message)
        : this(new Lwm2mPathError(Lwm2mPathErrorKind.Empty, message, 0, -1, Lwm2mPathParser.PathClause))
    {
    }

    public Lwm2mPathException(string message, Exception innerException)
        : base(message, innerException)
    {
        Error = new Lwm2mPathError(Lwm2mPathErrorKind.Empty, message, 0, -1, Lwm2mPathParser.PathClause);
    }

    public Lwm2mPathException(Lwm2mPathError error)
        : base(error?.ToString())
    {
        ArgumentNullException.ThrowIfNull(error);
        Error = error;
    }

    public Lwm2mPathError Error { get; }
}
