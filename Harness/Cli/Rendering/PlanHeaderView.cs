using Harness.Cli.Commands;
using Harness.Testing.Plan;
using Spectre.Console;

namespace Harness.Cli.Rendering;

/// <summary>Two lines saying which plan and baseline a command works from, and which DUT they describe.</summary>
internal static class PlanHeaderView
{
    public static void Write(IAnsiConsole console, PlanInput input)
    {
        var dut = input.Plan.Dut;
        console.MarkupLineInterpolated(
            $"Plan: {input.PlanPath} (DUT {PlanNames.EnumValue(dut.Role)} \"{dut.Endpoint}\", LwM2M {dut.Lwm2mVersion}, adapter {PlanNames.EnumValue(dut.Adapter.Kind)})");
        console.MarkupLineInterpolated(
            $"Baseline: {(input.BaselinePath is null ? "none" : $"{input.BaselinePath} ({input.Baseline.Entries.Count} expected failure(s))")}");
    }
}
