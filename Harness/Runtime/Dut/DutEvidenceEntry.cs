namespace Harness.Runtime.Dut;

/// <summary>One timestamped line of a DUT's evidence.</summary>
public sealed record DutEvidenceEntry(DateTimeOffset At, DutEvidenceKind Kind, string Text)
{
    public bool IsOutput => Kind is DutEvidenceKind.StandardOutput or DutEvidenceKind.StandardError;

    public override string ToString() => $"{At.UtcDateTime:yyyy-MM-ddTHH:mm:ss.fff}Z {Label(Kind)} {Text}";

    private static string Label(DutEvidenceKind kind) => kind switch
    {
        DutEvidenceKind.StandardOutput => "[out]     ",
        DutEvidenceKind.StandardError => "[err]     ",
        DutEvidenceKind.Stimulus => "[stimulus]",
        DutEvidenceKind.Lifecycle => "[life]    ",
        DutEvidenceKind.OperatorPrompt => "[ask]     ",
        _ => "[answer]  ",
    };
}
