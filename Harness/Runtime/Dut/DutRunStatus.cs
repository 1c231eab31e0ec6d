namespace Harness.Runtime.Dut;

/// <summary>Where the DUT is in its life, as far as the adapter can tell.</summary>
public enum DutRunStatus
{
    /// <summary>Not started yet, or stopped and not started again.</summary>
    NotStarted,

    /// <summary>Started and, as far as the adapter knows, still running.</summary>
    Running,

    /// <summary>Exited after the harness asked it to stop.</summary>
    Exited,

    /// <summary>Exited while the harness still expected it to run.</summary>
    Crashed,

    /// <summary>Did not exit when asked to stop and had to be killed.</summary>
    Hung,
}
