namespace Harness.Protocol.Lwm2m.Model;

/// <summary>
/// What the LwM2M Server may do with a resource. <see cref="None"/> marks resources only the Bootstrap
/// Server or the client itself touches (most of the Security object).
/// </summary>
[Flags]
public enum ResourceOperations
{
    None = 0,
    Read = 1,
    Write = 2,
    Execute = 4,
    ReadWrite = Read | Write,
}
