namespace Harness.Testing.Plan;

/// <summary>One problem in a test plan (or baseline) file, at a 1-based line and column.</summary>
public sealed record PlanError(string File, int Line, int Column, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}
