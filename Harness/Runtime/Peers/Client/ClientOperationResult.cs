using Harness.Protocol.Links;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Content;

namespace Harness.Runtime.Peers.Client;

/// <summary>
/// The outcome of one operation on a <see cref="ClientObjectStore"/>: a status, a diagnostic for failures,
/// and what the operation produced (content of a read, location of a create, links of a discover).
/// </summary>
public sealed record ClientOperationResult(ClientOperationStatus Status, string? Diagnostic = null)
{
    public static ClientOperationResult Success { get; } = new(ClientOperationStatus.Success);

    public bool IsSuccess => Status == ClientOperationStatus.Success;

    /// <summary>What a Read produced, each node at its full path.</summary>
    public Lwm2mContent? Content { get; init; }

    /// <summary>The instance a Create made.</summary>
    public Lwm2mPath? Location { get; init; }

    /// <summary>What a Discover produced, in order.</summary>
    public IReadOnlyList<Link>? Links { get; init; }

    public static ClientOperationResult NotFound(string diagnostic) => new(ClientOperationStatus.NotFound, diagnostic);

    public static ClientOperationResult BadRequest(string diagnostic) => new(ClientOperationStatus.BadRequest, diagnostic);

    public static ClientOperationResult MethodNotAllowed(string diagnostic) => new(ClientOperationStatus.MethodNotAllowed, diagnostic);

    public static ClientOperationResult Unauthorized(string diagnostic) => new(ClientOperationStatus.Unauthorized, diagnostic);

    public override string ToString() => Diagnostic is null ? Status.ToString() : $"{Status}: {Diagnostic}";
}
