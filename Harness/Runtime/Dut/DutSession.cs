using System.Diagnostics;

namespace Harness.Runtime.Dut;

/// <summary>
/// Starts the DUT as the leader of a session (and process group) of its own on Unix, through util-linux
/// <c>setsid</c>, so that a Ctrl+C at the harness's terminal, which the terminal sends as SIGINT to its whole
/// foreground process group, does not reach the DUT: the harness then stops the DUT itself after the running
/// test. The child .NET forks is not a group leader, so <c>setsid</c> (without <c>--fork</c>) calls setsid(2)
/// and execs the command in place: the process id, exit code, signals and the process-tree kill stay the DUT's.
/// </summary>
internal static class DutSession
{
    private static readonly string[] SetsidLocations = ["/usr/bin/setsid", "/bin/setsid"];

    /// <summary>The setsid program, or null on Windows or where util-linux's setsid is not installed.</summary>
    public static string? Setsid { get; } = OperatingSystem.IsWindows() ? null : SetsidLocations.FirstOrDefault(File.Exists);

    /// <summary>
    /// Puts setsid in front of the command when it is available and the command resolves to a file; otherwise
    /// leaves the command alone, so that a missing program still fails to start rather than exiting 127 later.
    /// </summary>
    /// <returns>Whether the DUT will run in its own session.</returns>
    public static bool TryApply(ProcessStartInfo info)
    {
        ArgumentNullException.ThrowIfNull(info);
        if (Setsid is not { } setsid || !Resolves(info))
        {
            return false;
        }

        info.ArgumentList.Insert(0, info.FileName);
        info.FileName = setsid;
        return true;
    }

    private static bool Resolves(ProcessStartInfo info)
    {
        string name = info.FileName;
        if (name.Contains('/', StringComparison.Ordinal))
        {
            return File.Exists(Path.GetFullPath(name, info.WorkingDirectory.Length > 0 ? info.WorkingDirectory : Environment.CurrentDirectory));
        }

        string path = info.Environment.TryGetValue("PATH", out var value) && value is not null ? value : Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(':', StringSplitOptions.RemoveEmptyEntries).Any(folder => File.Exists(Path.Combine(folder, name)));
    }
}
