using System.Diagnostics;

namespace Harness.Runtime.Dut;

/// <summary>One launch of a DUT process: the process, its output pumps and what is known about its end.</summary>
internal sealed class DutProcessRun : IDisposable
{
    private readonly Lock gate = new();
    private bool exitObserved;
    private bool stopRequested;

    public DutProcessRun(Process process, int evidenceStart)
    {
        Process = process;
        Id = process.Id;
        EvidenceStart = evidenceStart;
    }

    public Process Process { get; }

    public int Id { get; }

    /// <summary>Index of the first evidence entry of this run: waits on output look from here on.</summary>
    public int EvidenceStart { get; }

    /// <summary>Serialises writes to the DUT's standard input.</summary>
    public SemaphoreSlim Input { get; } = new(1, 1);

    /// <summary>Completes with the exit code as soon as the process has exited.</summary>
    public TaskCompletionSource<int> ProcessExited { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once the exit has been judged (crash or requested) and the output drained.</summary>
    public TaskCompletionSource<DutState> Finished { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool StopRequested
    {
        get
        {
            lock (gate)
            {
                return stopRequested;
            }
        }
    }

    /// <summary>Marks the stop as requested unless the process already exited on its own; false means it crashed first.</summary>
    public bool TryRequestStop()
    {
        lock (gate)
        {
            if (exitObserved)
            {
                return false;
            }

            stopRequested = true;
            return true;
        }
    }

    /// <summary>Records the exit; true when the harness did not ask for it.</summary>
    public bool ObserveExit()
    {
        lock (gate)
        {
            exitObserved = true;
            return !stopRequested;
        }
    }

    /// <summary>Kills the process and all its descendants if it still runs.</summary>
    public void KillTree()
    {
        try
        {
            Process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It exited between the question and the kill: the goal is met.
        }
    }

    public void Dispose()
    {
        Input.Dispose();
        Process.Dispose();
    }
}
