namespace Harness.Runtime.Dut;

/// <summary>A fact about an action on the DUT, worded for a report; the testing layer turns it into a verdict.</summary>
public sealed record DutActionResult(DutActionStatus Status, string Detail)
{
    public bool IsDone => Status == DutActionStatus.Done;

    public static DutActionResult Done(string detail) => new(DutActionStatus.Done, detail);

    public static DutActionResult Refused(string detail) => new(DutActionStatus.Refused, detail);

    public static DutActionResult NoAnswer(string detail) => new(DutActionStatus.NoAnswer, detail);

    public override string ToString() => $"{Status}: {Detail}";
}
