using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Harness.Testing.Plan;
using Harness.Testing.Suite;
using TestCases.Registration;

namespace Harness.Benchmarks;

/// <summary>
/// What a registration test case costs beyond the waits the protocol imposes. Runs the fast registration cases
/// through <see cref="SuiteRunner"/> a bounded number of times and reports, per case, the runner's total, the
/// time the case waited for its DUT (its <c>TestTimeAccount</c>: DUT start until ready, every expected message
/// and awaited response, DUT stop) and the rest, the harness's overhead; plus the time each run spends outside
/// its tests (NUnit loading the fixtures). Twice: against the reference device of the default plan (a process
/// per test) and, for int-101, against a client in this process on an attach plan (no process start-up).
/// Run: dotnet run -c Release --project Harness/Benchmarks -- --filter RegistrationCost [plan.yaml]. Target: overhead
/// under 50 ms.
/// </summary>
public static class RegistrationCostBenchmark
{
    private const string Int101 = "LightweightM2M-1.1-int-101";
    private const int ProcessRounds = 8;
    private const int InProcessRounds = 40;
    private const uint AttachLifetimeSeconds = 30;
    private static readonly string[] FastCases = [Int101, "LightweightM2M-1.1-int-103", "LightweightM2M-1.1-int-105", "LightweightM2M-1.1-int-108"];
    private static readonly TimeSpan Budget = TimeSpan.FromMinutes(4);

    public static async Task RunAsync(IReadOnlyList<string> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var planPath = arguments.Count > 0 ? Path.GetFullPath(arguments[0]) : FindDefaultPlan();
        Console.WriteLine($"reference device, a process per test ({planPath}), {ProcessRounds} rounds of {string.Join(", ", FastCases)}:");
        Run(planPath, FastCases, ProcessRounds, progress: null).Print();

        var folder = Directory.CreateTempSubdirectory("registration-cost-");
        try
        {
            int port = FreeUdpPort();
            var attachPlan = Path.Combine(folder.FullName, "attach.yaml");
            await File.WriteAllTextAsync(attachPlan, AttachPlan(port)).ConfigureAwait(false);
            await using var client = new InProcessClient("bench-client", AttachLifetimeSeconds);
            using var progress = new InProcessClientProgress(client, new IPEndPoint(IPAddress.Loopback, port));
            Console.WriteLine();
            Console.WriteLine($"in-process client on an attach plan, {InProcessRounds} rounds of {Int101}:");
            Run(attachPlan, [Int101], InProcessRounds, progress).Print();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static RegistrationCostReport Run(string planPath, string[] cases, int rounds, ISuiteProgress? progress)
    {
        var plan = TestPlanLoader.Load(planPath).PlanOrThrow();
        var request = new SuiteRunRequest(typeof(InitialRegistration).Assembly, planPath, plan) { Filters = cases };
        var runner = new SuiteRunner();
        var report = new RegistrationCostReport();
        var started = TimeProvider.System.GetTimestamp();
        for (int round = 0; round < rounds && TimeProvider.System.GetElapsedTime(started) < Budget; round++)
        {
            report.Add(runner.Run(request, progress), warmup: round == 0);
        }

        return report;
    }

    private static string FindDefaultPlan()
    {
        for (var folder = new DirectoryInfo(Directory.GetCurrentDirectory()); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "testplan.yaml");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("no testplan.yaml in the current folder or above; pass a plan path");
    }

    private static int FreeUdpPort()
    {
        using var probe = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        probe.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)probe.LocalEndPoint!).Port;
    }

    private static string AttachPlan(int port) => string.Create(CultureInfo.InvariantCulture, $"""
        dut:
          role: client
          lwm2mVersion: "1.1"
          endpoint: bench-client
          adapter:
            kind: attach
            startTimeoutSeconds: 1
            stopTimeoutSeconds: 1
        ics:
          objects:
            - {"{"} id: 1 {"}"}
            - {"{"} id: 3 {"}"}
          contentFormats: [plainText, coreLinkFormat]
          bindings: [udp]
        ixit:
          serverAddress: 127.0.0.1
          serverPort: {port}
          lifetimeSeconds: {AttachLifetimeSeconds}
          transmission:
            ackTimeoutSeconds: 0.5
            maxRetransmit: 1
        """);
}
