using Harness.Protocol.Lwm2m.Model;

namespace Harness.Protocol.Lwm2m;

/// <summary>The LwM2M enabler versions whose rules the suite knows.</summary>
public static class Lwm2mVersions
{
    public static VersionNumber V10 { get; } = new(1, 0);

    public static VersionNumber V11 { get; } = new(1, 1);

    public static VersionNumber V12 { get; } = new(1, 2);

    public static IReadOnlyList<VersionNumber> All { get; } = [V10, V11, V12];
}
