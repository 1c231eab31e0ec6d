namespace Harness.Testing.Plan;

/// <summary>The placeholders a process adapter's command template may use.</summary>
public static class CommandPlaceholders
{
    public static IReadOnlyList<string> All { get; } =
    [
        "harnessBin", "planDir", "serverUri", "bootstrapUri", "serverHost", "serverPort", "bootstrapPort",
        "endpoint", "lifetime", "pskIdentity", "pskKey",
    ];
}
