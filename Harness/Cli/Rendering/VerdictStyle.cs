using Harness.Testing.Baselines;
using Harness.Testing.Verdicts;

namespace Harness.Cli.Rendering;

/// <summary>How verdicts and baseline classes look on the console.</summary>
internal static class VerdictStyle
{
    public static string Colour(Verdict verdict) => verdict switch
    {
        Verdict.Pass => "green",
        Verdict.NotApplicable => "grey",
        Verdict.Inconclusive => "yellow",
        Verdict.Fail => "red",
        Verdict.OutOfTime => "darkorange",
        _ => "magenta",
    };

    /// <summary>The verdict as a fixed-width label, so that plain lines line up in logs.</summary>
    public static string Label(Verdict verdict) => verdict.ToString().ToUpperInvariant().PadRight(13);

    public static string Describe(BaselineClassification classification) => classification switch
    {
        BaselineClassification.NewFailure => "new failure",
        BaselineClassification.ExpectedFailure => "expected failure",
        BaselineClassification.Fixed => "fixed",
        BaselineClassification.Pass => "pass",
        _ => "-",
    };

    public static string Duration(TimeSpan duration) =>
        duration.TotalSeconds >= 1 ? $"{duration.TotalSeconds:0.0} s" : $"{duration.TotalMilliseconds:0} ms";
}
