using Harness.Runtime.Dut;
using Harness.Runtime.Peers;

namespace Harness.Tests.ReferenceDevice;

/// <summary>Starts ReferenceDevice.dll from the test output folder through the process adapter, as testplan.yaml does.</summary>
internal static class ReferenceDeviceProcess
{
    /// <summary>The command of testplan.yaml.</summary>
    public const string Command = "dotnet {harnessBin}/ReferenceDevice.dll --server {serverUri} --endpoint {endpoint} --lifetime {lifetime}";

    /// <summary>The line the device prints once the server accepted its Register.</summary>
    public const string ReadyPattern = "^registered location=";

    /// <summary>Starting a .NET process on a loaded 2-core machine takes seconds; this bounds it with room to spare.</summary>
    public static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(60);

    /// <summary>For traffic the running device sends at once.</summary>
    public static readonly TimeSpan Prompt = TimeSpan.FromSeconds(15);

    public static ProcessDutAdapter Adapter(string extraArguments = "", bool ready = true) => new(new ProcessDutSettings
    {
        CommandTemplate = Command + (extraArguments.Length == 0 ? string.Empty : " " + extraArguments),
        Stimuli = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["registrationUpdate"] = "update",
            ["deregister"] = "deregister",
            ["reboot"] = "reboot",
        },
        QuitLine = "quit",
        ReadyPattern = ready ? ReadyPattern : null,
        ReadyDeadline = StartDeadline,
        Environment = new Dictionary<string, string>(StringComparer.Ordinal) { ["DOTNET_NOLOGO"] = "1" },
    });

    public static DutConfiguration Configuration(FakeLwm2mServer server, string endpoint = "urn:dev:reference-device", int lifetimeSeconds = 60) => new()
    {
        ServerUri = server.ServerUri.ToString().TrimEnd('/'),
        Endpoint = endpoint,
        Lifetime = TimeSpan.FromSeconds(lifetimeSeconds),
        ServerPort = server.LocalEndPoint.Port,
    };
}
