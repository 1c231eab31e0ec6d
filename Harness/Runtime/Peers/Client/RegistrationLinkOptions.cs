namespace Harness.Runtime.Peers.Client;

/// <summary>
/// What the root link <c>&lt;/&gt;;rt="oma.lwm2m"</c> of a Register or Update payload announces (OMA TS Core
/// §6.2.1, §5.2.2): an alternate path for the objects and the content formats the client supports. Without
/// either, no root link is written.
/// </summary>
public sealed record RegistrationLinkOptions
{
    /// <summary>The path the objects live under, e.g. "/lwm2m"; null for the root.</summary>
    public string? AlternatePath { get; init; }

    /// <summary>Content formats for the root link's <c>ct</c> (LwM2M 1.1 and later); empty to leave it out.</summary>
    public IReadOnlyList<int> ContentFormats { get; init; } = [];
}
