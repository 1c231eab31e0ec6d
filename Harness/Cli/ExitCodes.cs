namespace Harness.Cli;

/// <summary>What the tool's exit status means, for scripts and CI.</summary>
public static class ExitCodes
{
    /// <summary>Everything ran and nothing failed outside the baseline (also: nothing was selected).</summary>
    public const int Success = 0;

    /// <summary>Some test ended Fail, OutOfTime or Error and the baseline does not expect it.</summary>
    public const int NewFailures = 1;

    /// <summary>The command line or the test plan (or its baseline) is invalid, or the test cases cannot be found: nothing ran.</summary>
    public const int InvalidInput = 2;

    /// <summary>The run was interrupted (Ctrl+C) before every selected test finished; the results so far are written.</summary>
    public const int Interrupted = 130;
}
