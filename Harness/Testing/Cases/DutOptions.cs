namespace Harness.Testing.Cases;

/// <summary>How a test needs the DUT configured when it starts it: lifetime, binding, queue mode.</summary>
/// <param name="Lifetime">The registration lifetime, the {lifetime} placeholder.</param>
/// <param name="QueueMode">Whether the DUT must run in queue mode (the plan's dut.adapter.queueModeArguments are added).</param>
/// <param name="Binding">The binding letters the DUT registers with, the {binding} placeholder (U for UDP).</param>
public sealed record DutOptions(TimeSpan Lifetime, bool QueueMode = false, string Binding = "U");
