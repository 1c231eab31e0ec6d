using System.Text.RegularExpressions;

namespace Harness.Runtime.Dut;

/// <summary>Output collection, exit monitoring and the waits on both.</summary>
public sealed partial class ProcessDutAdapter
{
    /// <summary>
    /// The first line of this run's output (stdout or stderr) matching <paramref name="pattern"/>, already printed
    /// or still to come; a <see cref="DutTimeoutException"/> naming the pattern when none comes within the deadline.
    /// </summary>
    public async Task<DutEvidenceEntry> WaitForOutputAsync(Regex pattern, TimeSpan deadline, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var current = run ?? throw new InvalidOperationException("the DUT was never started, so it prints nothing");
        using var forget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var match = Evidence.FirstMatchAsync(e => e.IsOutput && pattern.IsMatch(e.Text), current.EvidenceStart, forget.Token);
        try
        {
            return await match.WaitAsync(deadline, time, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException) when (!match.IsCompleted)
        {
            throw new DutTimeoutException(
                $"the DUT did not print a line matching /{pattern}/ within {ExitDescription.Seconds(deadline)} (it is {State}); "
                + ExitDescription.LastLines(Evidence.LastOutputLines(settings.LastLinesInReports)));
        }
        finally
        {
            await forget.CancelAsync().ConfigureAwait(false);
        }
    }

    /// <summary>The state once the current process has exited, crash or not; a timeout naming the wait otherwise.</summary>
    public async Task<DutState> WaitForExitAsync(TimeSpan deadline, CancellationToken cancellationToken = default)
    {
        var current = run ?? throw new InvalidOperationException("the DUT was never started, so it cannot exit");
        try
        {
            return await current.Finished.Task.WaitAsync(deadline, time, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException) when (!current.Finished.Task.IsCompleted)
        {
            throw new DutTimeoutException($"process {current.Id} did not exit within {ExitDescription.Seconds(deadline)}");
        }
    }

    private async Task PumpAsync(StreamReader reader, DutEvidenceKind kind)
    {
        try
        {
            while (await reader.ReadLineAsync().ConfigureAwait(false) is { } line)
            {
                Evidence.Record(kind, line);
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            // The pipe went away with the process; everything read so far is recorded.
        }
    }

    /// <summary>Waits for the exit, lets the output drain, then judges it: a crash unless a stop was requested.</summary>
    private async Task MonitorAsync(DutProcessRun current, Task[] pumps)
    {
        int code;
        try
        {
            await current.Process.WaitForExitAsync().ConfigureAwait(false);
            code = current.Process.ExitCode;
        }
        catch (Exception e) when (e is InvalidOperationException or ObjectDisposedException)
        {
            // Disposed before its exit was seen: the adapter already killed it and reported that.
            current.ProcessExited.TrySetResult(-1);
            current.Finished.TrySetResult(State);
            return;
        }

        bool unexpected = current.ObserveExit();
        current.ProcessExited.TrySetResult(code);
        try
        {
            await Task.WhenAll(pumps).WaitAsync(settings.OutputDrainDeadline, time).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            Evidence.Record(DutEvidenceKind.Lifecycle, $"output of process {current.Id} still open {ExitDescription.Seconds(settings.OutputDrainDeadline)} after it exited (a child may hold it)");
        }

        if (!unexpected)
        {
            current.Finished.TrySetResult(State);
            return;
        }

        string detail = $"process {current.Id} exited with {ExitDescription.Of(code)} while the DUT was expected to run; "
            + ExitDescription.LastLines(Evidence.LastOutputLines(settings.LastLinesInReports));
        Evidence.Record(DutEvidenceKind.Lifecycle, "crashed: " + detail);
        var crashed = new DutState(DutRunStatus.Crashed, code, detail);
        SetState(crashed);
        current.Finished.TrySetResult(crashed);
        Crashed?.Invoke(this, crashed);
    }

    private async Task WaitUntilReadyAsync(DutProcessRun current, Regex ready, CancellationToken cancellationToken)
    {
        using var forget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var match = Evidence.FirstMatchAsync(e => e.IsOutput && ready.IsMatch(e.Text), current.EvidenceStart, forget.Token);
        try
        {
            var first = await Task.WhenAny(match, current.Finished.Task).WaitAsync(settings.ReadyDeadline, time, cancellationToken).ConfigureAwait(false);
            if (first == match || match.IsCompletedSuccessfully)
            {
                Evidence.Record(DutEvidenceKind.Lifecycle, $"ready: printed '{match.Result.Text}'");
                return;
            }

            throw new DutStartException($"the DUT exited before it printed a line matching /{ready}/: {State.Detail}");
        }
        catch (TimeoutException) when (!match.IsCompleted)
        {
            string detail = $"the DUT did not print a line matching /{ready}/ within {ExitDescription.Seconds(settings.ReadyDeadline)} of its start; "
                + ExitDescription.LastLines(Evidence.LastOutputLines(settings.LastLinesInReports));
            Evidence.Record(DutEvidenceKind.Lifecycle, "not ready: " + detail);
            throw new DutTimeoutException(detail);
        }
        finally
        {
            await forget.CancelAsync().ConfigureAwait(false);
        }
    }

    private async Task<bool> WriteLineAsync(DutProcessRun current, string line, CancellationToken cancellationToken)
    {
        await current.Input.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await current.Process.StandardInput.WriteLineAsync(line.AsMemory(), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException)
        {
            Evidence.Record(DutEvidenceKind.Lifecycle, $"could not write to the standard input of process {current.Id}: {e.Message}");
            return false;
        }
        finally
        {
            current.Input.Release();
        }
    }
}
