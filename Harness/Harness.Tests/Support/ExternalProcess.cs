using System.Diagnostics;
using System.Text;

namespace Harness.Tests.Support;

/// <summary>
/// A third-party program run by a test: output collected, a deadline on every wait, killed with its
/// children when the test is done or the deadline passes.
/// </summary>
internal sealed class ExternalProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder stdout = new();
    private readonly StringBuilder stderr = new();
    private readonly Lock gate = new();
    private readonly List<(string Text, TaskCompletionSource Seen)> outputWaiters = [];

    private ExternalProcess(Process process) => this.process = process;

    public string StandardOutput
    {
        get
        {
            lock (gate)
            {
                return stdout.ToString();
            }
        }
    }

    public string StandardError
    {
        get
        {
            lock (gate)
            {
                return stderr.ToString();
            }
        }
    }

    public bool HasExited => process.HasExited;

    public int ExitCode => process.ExitCode;

    /// <summary>The process id (for signals sent by a test).</summary>
    public int Id => process.Id;

    /// <summary>Starts <paramref name="fileName"/>; fails with an install hint when it is not on PATH.</summary>
    public static ExternalProcess Start(string fileName, IEnumerable<string> arguments, string? installHint = null, string? standardInput = null)
    {
        string resolved = Which(fileName) ?? throw new InvalidOperationException(
            $"'{fileName}' is not installed{(installHint is null ? string.Empty : $" ({installHint})")}");
        var info = new ProcessStartInfo(resolved)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = standardInput is not null,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var wrapper = new ExternalProcess(process);
        process.OutputDataReceived += (_, e) => wrapper.Append(wrapper.stdout, e.Data);
        process.ErrorDataReceived += (_, e) => wrapper.Append(wrapper.stderr, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (standardInput is not null)
        {
            process.StandardInput.Write(standardInput);
            process.StandardInput.Close();
        }

        return wrapper;
    }

    /// <summary>Runs to completion within <paramref name="deadline"/>; a hang is killed and reported.</summary>
    public static async Task<ExternalProcess> RunAsync(string fileName, IEnumerable<string> arguments, TimeSpan deadline, string? installHint = null, string? standardInput = null)
    {
        var run = Start(fileName, arguments, installHint, standardInput);
        await run.WaitForExitAsync(deadline).ConfigureAwait(false);
        return run;
    }

    public async Task WaitForExitAsync(TimeSpan deadline)
    {
        using var timeout = new CancellationTokenSource(deadline);
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            Kill();
            throw new TimeoutException($"{process.StartInfo.FileName} did not exit within {deadline.TotalSeconds:0.#} s; stdout: {StandardOutput}; stderr: {StandardError}");
        }
    }

    public static string? Which(string fileName)
    {
        if (Path.IsPathRooted(fileName))
        {
            return File.Exists(fileName) ? fileName : null;
        }

        foreach (string directory in (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator))
        {
            string candidate = Path.Combine(directory, fileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Waits until stdout or stderr contains <paramref name="text"/> (e.g. a server's ready line).</summary>
    public async Task WaitForOutputAsync(string text, TimeSpan deadline)
    {
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (gate)
        {
            if (stdout.ToString().Contains(text, StringComparison.Ordinal) || stderr.ToString().Contains(text, StringComparison.Ordinal))
            {
                return;
            }

            outputWaiters.Add((text, seen));
        }

        try
        {
            await seen.Task.WaitAsync(deadline).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"{process.StartInfo.FileName} did not print '{text}' within {deadline.TotalSeconds:0.#} s; stdout: {StandardOutput}; stderr: {StandardError}");
        }
    }

    public void Kill()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Reported by the test that owned it; nothing more to do here.
        }

        process.Dispose();
    }

    private void Append(StringBuilder target, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (gate)
        {
            target.AppendLine(line);
            foreach (var waiter in outputWaiters.Where(w => line.Contains(w.Text, StringComparison.Ordinal)).ToList())
            {
                outputWaiters.Remove(waiter);
                waiter.Seen.TrySetResult();
            }
        }
    }
}
