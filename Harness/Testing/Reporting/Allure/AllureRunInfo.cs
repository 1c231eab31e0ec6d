using System.Reflection;
using System.Runtime.InteropServices;
using Harness.Testing.Plan;

namespace Harness.Testing.Reporting.Allure;

/// <summary>
/// What is the same for every test of a run: the DUT and plan (test parameters, environment.properties), the host
/// and the harness version (labels, executor.json).
/// </summary>
public sealed record AllureRunInfo
{
    /// <summary>The name shown as the report's title and in executor.json.</summary>
    public const string ReportName = "LwM2M conformance";

    public required string Host { get; init; }

    /// <summary>The DUT: role and endpoint name, e.g. "client urn:dev:acme-sensor-4711".</summary>
    public required string Dut { get; init; }

    /// <summary>The LwM2M version of the plan, e.g. "1.1".</summary>
    public required string Lwm2mVersion { get; init; }

    /// <summary>The bindings the ICS declares, e.g. "udp".</summary>
    public required string Bindings { get; init; }

    /// <summary>The content formats the ICS declares.</summary>
    public required string ContentFormats { get; init; }

    /// <summary>How the harness drives the DUT (process, operator, attach).</summary>
    public required string Adapter { get; init; }

    public required string PlanPath { get; init; }

    public required string HarnessVersion { get; init; }

    /// <summary>A name for this run (e.g. the results folder's name), shown as the build in executor.json.</summary>
    public string? RunName { get; init; }

    /// <summary>The run's facts taken from <paramref name="plan"/>.</summary>
    public static AllureRunInfo From(TestPlan plan, string planPath, string? runName = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new AllureRunInfo
        {
            Host = System.Environment.MachineName,
            Dut = $"{PlanNames.EnumValue(plan.Dut.Role)} {plan.Dut.Endpoint}",
            Lwm2mVersion = plan.Dut.Lwm2mVersion.ToString(),
            Bindings = Join(plan.Ics.Bindings),
            ContentFormats = Join(plan.Ics.ContentFormats),
            Adapter = PlanNames.EnumValue(plan.Dut.Adapter.Kind),
            PlanPath = planPath,
            HarnessVersion = typeof(AllureRunInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown",
            RunName = runName,
        };
    }

    /// <summary>The test parameters every result carries (DUT and formats excluded from the history key).</summary>
    public IReadOnlyList<AllureParameter> Parameters =>
    [
        new("LwM2M version", Lwm2mVersion),
        new("binding", Bindings),
        new("content format", ContentFormats, Excluded: true),
        new("DUT", Dut, Excluded: true),
    ];

    /// <summary>environment.properties, in order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Environment =>
    [
        new("DUT", Dut),
        new("LwM2M.version", Lwm2mVersion),
        new("DUT.adapter", Adapter),
        new("ICS.bindings", Bindings),
        new("ICS.contentFormats", ContentFormats),
        new("plan", PlanPath),
        new("harness.version", HarnessVersion),
        new("host", Host),
        new("os", RuntimeInformation.OSDescription),
        new("dotnet", RuntimeInformation.FrameworkDescription),
    ];

    /// <summary>executor.json.</summary>
    public AllureExecutor Executor => new()
    {
        Name = "lwm2m-conformance",
        Type = "local",
        BuildName = RunName,
        ReportName = ReportName,
    };

    private static string Join<TEnum>(IReadOnlyList<TEnum> values)
        where TEnum : struct, Enum =>
        values.Count == 0 ? "none declared" : string.Join(", ", values.Select(PlanNames.EnumValue));
}
