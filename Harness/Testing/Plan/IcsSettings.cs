namespace Harness.Testing.Plan;

/// <summary>Implementation conformance statement: what the DUT claims to support.</summary>
public sealed class IcsSettings
{
    public IReadOnlyList<IcsObject> Objects { get; init; } = [];

    public IReadOnlyList<ContentFormatName> ContentFormats { get; init; } = [];

    public IReadOnlyList<BindingName> Bindings { get; init; } = [];

    public IReadOnlyList<SecurityModeName> SecurityModes { get; init; } = [];

    /// <summary>Optional features: static conformance ids (LWM2M-BOOT-004-C-O) or feature names (queueMode).</summary>
    public IReadOnlyList<string> Features { get; init; } = [];
}
