namespace Harness.Testing.Metadata;

/// <summary>The interface names a test case can declare; they match the TestCases/ folders.</summary>
public static class Lwm2mInterfaces
{
    public const string Bootstrap = "Bootstrap";
    public const string Registration = "Registration";
    public const string DeviceManagement = "DeviceManagement";
    public const string InformationReporting = "InformationReporting";
    public const string Security = "Security";
    public const string Transport = "Transport";
    public const string Objects = "Objects";
    public const string ServerRole = "ServerRole";

    public static IReadOnlyList<string> All { get; } =
        [Bootstrap, Registration, DeviceManagement, InformationReporting, Security, Transport, Objects, ServerRole];

    public static bool IsKnown(string? name) => name is not null && All.Contains(name, StringComparer.Ordinal);
}
