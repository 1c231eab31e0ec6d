namespace Harness.Runtime.Dut;

/// <summary>Stopping: the quit line, then SIGTERM, then killing the process tree, which is recorded as a hang.</summary>
public sealed partial class ProcessDutAdapter
{
    public async Task<DutActionResult> StopAsync(CancellationToken cancellationToken = default)
    {
        var current = run;
        if (current is null)
        {
            Evidence.Record(DutEvidenceKind.Lifecycle, "stop: the DUT was never started");
            return DutActionResult.Done("the DUT was never started; nothing to stop");
        }

        if (current.StopRequested || !current.TryRequestStop())
        {
            // Already stopped, or it exited on its own before we asked: that verdict (crash) stands.
            var bound = (settings.PoliteStopDeadline * 2) + settings.KillDeadline + settings.OutputDrainDeadline;
            try
            {
                await current.Finished.Task.WaitAsync(bound, time, cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException) when (!current.Finished.Task.IsCompleted)
            {
                throw new DutTimeoutException($"process {current.Id} did not finish exiting within {ExitDescription.Seconds(bound)} of an earlier stop or exit");
            }

            Evidence.Record(DutEvidenceKind.Lifecycle, $"stop: process {current.Id} had already exited ({State})");
            return DutActionResult.Done($"process {current.Id} had already exited: {State}");
        }

        Evidence.Record(DutEvidenceKind.Lifecycle, $"stop requested for process {current.Id}");
        try
        {
            string? polite = await AskToExitAsync(current, cancellationToken).ConfigureAwait(false);
            if (polite is not null)
            {
                return await FinishAsync(current, new DutState(DutRunStatus.Exited, current.Process.ExitCode, polite)).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException)
        {
            current.KillTree();
            Evidence.Record(DutEvidenceKind.Lifecycle, $"stop of process {current.Id} cancelled: process tree killed");
            throw;
        }

        string hang = $"process {current.Id} did not exit within {ExitDescription.Seconds(settings.PoliteStopDeadline)} of {PoliteSteps()}; its process tree was killed; "
            + ExitDescription.LastLines(Evidence.LastOutputLines(settings.LastLinesInReports));
        Evidence.Record(DutEvidenceKind.Lifecycle, "hung: " + hang);
        current.KillTree();
        if (!await ExitedWithinAsync(current, settings.KillDeadline, CancellationToken.None).ConfigureAwait(false))
        {
            throw new DutTimeoutException($"process {current.Id} was still running {ExitDescription.Seconds(settings.KillDeadline)} after being killed");
        }

        return await FinishAsync(current, new DutState(DutRunStatus.Hung, current.Process.ExitCode, hang)).ConfigureAwait(false);
    }

    /// <summary>The quit line, then SIGTERM; says which one worked, or null when the process ignored both.</summary>
    private async Task<string?> AskToExitAsync(DutProcessRun current, CancellationToken cancellationToken)
    {
        if (settings.QuitLine is { } quit)
        {
            string line = PlaceholderTemplate.Expand(quit, values, "quit line");
            Evidence.Record(DutEvidenceKind.Stimulus, $"quit: {line}");
            if (await WriteLineAsync(current, line, cancellationToken).ConfigureAwait(false)
                && await ExitedWithinAsync(current, settings.PoliteStopDeadline, cancellationToken).ConfigureAwait(false))
            {
                return $"exited with {ExitDescription.Of(current.Process.ExitCode)} after the quit line";
            }
        }

        if (current.ProcessExited.Task.IsCompleted)
        {
            return $"exited with {ExitDescription.Of(current.Process.ExitCode)} when its input closed";
        }

        if (settings.Terminate && PosixSignal.TryTerminate(current.Id))
        {
            Evidence.Record(DutEvidenceKind.Lifecycle, $"SIGTERM sent to process {current.Id}");
            if (await ExitedWithinAsync(current, settings.PoliteStopDeadline, cancellationToken).ConfigureAwait(false))
            {
                return $"exited with {ExitDescription.Of(current.Process.ExitCode)} after SIGTERM";
            }
        }

        return null;
    }

    private async Task<bool> ExitedWithinAsync(DutProcessRun current, TimeSpan deadline, CancellationToken cancellationToken)
    {
        try
        {
            await current.ProcessExited.Task.WaitAsync(deadline, time, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (TimeoutException) when (!current.ProcessExited.Task.IsCompleted)
        {
            return false;
        }
    }

    private async Task<DutActionResult> FinishAsync(DutProcessRun current, DutState final)
    {
        // The monitor records the exit and drains the output; its own drain deadline bounds this wait.
        await current.Finished.Task.ConfigureAwait(false);
        SetState(final);
        Evidence.Record(DutEvidenceKind.Lifecycle, $"stopped: {final}");
        return DutActionResult.Done(final.Detail);
    }

    private string PoliteSteps() => (settings.QuitLine is not null, settings.Terminate && !OperatingSystem.IsWindows()) switch
    {
        (true, true) => "the quit line and then of SIGTERM",
        (true, false) => "the quit line",
        (false, true) => "SIGTERM",
        _ => "the stop request",
    };
}
