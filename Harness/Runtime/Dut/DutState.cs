namespace Harness.Runtime.Dut;

/// <summary>A snapshot of the DUT's run state: exit code when it exited, and a sentence on what happened.</summary>
public sealed record DutState(DutRunStatus Status, int? ExitCode, string Detail)
{
    public static DutState NotStarted { get; } = new(DutRunStatus.NotStarted, null, "not started");

    public static DutState Running(string detail) => new(DutRunStatus.Running, null, detail);

    public override string ToString() => ExitCode is int code ? $"{Status} (exit code {code}): {Detail}" : $"{Status}: {Detail}";
}
