using Harness.Runtime.Dut;

namespace Harness.Tests.Runtime.Dut;

/// <summary>Deadlines and a configuration shared by the DUT adapter tests.</summary>
internal static class DutTestValues
{
    /// <summary>For events that must happen: generous, so a loaded machine does not fail the test.</summary>
    public static readonly TimeSpan MustHappen = TimeSpan.FromSeconds(30);

    /// <summary>For events that cannot happen (the script never does it): short, to keep the test fast.</summary>
    public static readonly TimeSpan CannotHappen = TimeSpan.FromSeconds(1);

    public static DutConfiguration Configuration(string endpoint = "urn:dev:test-1") => new()
    {
        ServerUri = "coap://127.0.0.1:5683",
        BootstrapUri = "coap://127.0.0.1:5783",
        Endpoint = endpoint,
        Lifetime = TimeSpan.FromSeconds(120),
        PskIdentity = "id-1",
        PskKey = "00112233",
        ServerPort = 5683,
        BootstrapPort = 5783,
    };

    public static bool ProcessIsGone(int processId) => !Directory.Exists($"/proc/{processId}");
}
