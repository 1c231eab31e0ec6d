namespace Harness.Runtime.Peers.Client;

/// <summary>
/// How a client operation ended, in LwM2M terms (OMA TS Core §6, response codes of each operation);
/// the responder maps each to its CoAP code.
/// </summary>
public enum ClientOperationStatus
{
    /// <summary>Done: 2.05 Content, 2.04 Changed, 2.01 Created or 2.02 Deleted by operation.</summary>
    Success,

    /// <summary>4.00: the request or its payload cannot be applied (wrong type, duplicate instance, bad attributes).</summary>
    BadRequest,

    /// <summary>4.01: the LwM2M Server may not touch this object (Security, OSCORE).</summary>
    Unauthorized,

    /// <summary>4.04: the object, instance or resource is not there.</summary>
    NotFound,

    /// <summary>4.05: the target exists but does not allow the operation (read-only, not executable).</summary>
    MethodNotAllowed,

    /// <summary>5.00: an execute action failed.</summary>
    InternalServerError,
}
