namespace Harness.Tests.Architecture;

/// <summary>
/// What Harness.Protocol must not touch (DESIGN.md: pure code, no sockets, clocks, threads or NUnit).
/// Types are matched by full name or namespace prefix; members by declaring type and member name.
/// </summary>
internal static class ForbiddenApis
{
    public static readonly IReadOnlyList<(string Prefix, string Reason)> Namespaces =
    [
        ("System.Net.Sockets", "sockets belong in Harness.Runtime"),
        ("NUnit", "test frameworks belong in Harness.Testing and the tests"),
        ("System.Timers", "timers belong in Harness.Runtime"),
    ];

    public static readonly IReadOnlyDictionary<string, string> Types = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["System.TimeProvider"] = "time is passed in as values",
        ["System.Diagnostics.Stopwatch"] = "a clock; time is passed in as values",
        ["System.Threading.Thread"] = "threads belong in Harness.Runtime",
        ["System.Threading.ThreadPool"] = "threads belong in Harness.Runtime",
        ["System.Threading.Timer"] = "timers belong in Harness.Runtime",
        ["System.Threading.PeriodicTimer"] = "timers belong in Harness.Runtime",
        ["System.Threading.Tasks.Parallel"] = "threads belong in Harness.Runtime",
    };

    public static readonly IReadOnlyDictionary<(string Type, string Member), string> Members = new Dictionary<(string, string), string>
    {
        [("System.DateTime", "get_Now")] = "reads the clock",
        [("System.DateTime", "get_UtcNow")] = "reads the clock",
        [("System.DateTime", "get_Today")] = "reads the clock",
        [("System.DateTimeOffset", "get_Now")] = "reads the clock",
        [("System.DateTimeOffset", "get_UtcNow")] = "reads the clock",
        [("System.Environment", "get_TickCount")] = "reads the clock",
        [("System.Environment", "get_TickCount64")] = "reads the clock",
        [("System.Threading.Tasks.Task", "Delay")] = "waits on a timer",
        [("System.Threading.Tasks.Task", "Run")] = "queues work to the thread pool",
    };

    public static readonly IReadOnlyDictionary<string, string> Assemblies = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["System.Net.Sockets"] = "sockets belong in Harness.Runtime",
        ["nunit.framework"] = "test frameworks belong in the tests",
        ["nunit.framework.legacy"] = "test frameworks belong in the tests",
    };

    public static string? ReasonForType(string fullName)
    {
        if (Types.TryGetValue(fullName, out string? reason))
        {
            return reason;
        }

        foreach (var (prefix, why) in Namespaces)
        {
            if (fullName.StartsWith(prefix + ".", StringComparison.Ordinal))
            {
                return why;
            }
        }

        return null;
    }
}
