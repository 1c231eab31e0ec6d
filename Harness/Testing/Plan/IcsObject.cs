using Harness.Protocol.Lwm2m.Model;

namespace Harness.Testing.Plan;

/// <summary>An object the DUT supports, at a version.</summary>
public sealed class IcsObject
{
    [PlanRange(0, 65535)]
    public required int Id { get; init; }

    public VersionNumber Version { get; init; } = VersionNumber.Default;
}
