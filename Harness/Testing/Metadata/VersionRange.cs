using Harness.Protocol.Lwm2m.Model;

namespace Harness.Testing.Metadata;

/// <summary>An inclusive range of LwM2M versions; no maximum means every later version.</summary>
public sealed record VersionRange(VersionNumber Min, VersionNumber? Max)
{
    /// <summary>Every version the suite knows.</summary>
    public static VersionRange Any { get; } = new(new VersionNumber(1, 0), null);

    public bool Contains(VersionNumber version) => version >= Min && (Max is not { } max || version <= max);

    public override string ToString() => Max is { } max ? $"{Min}..{max}" : $"{Min} and later";
}
