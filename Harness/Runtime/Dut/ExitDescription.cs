namespace Harness.Runtime.Dut;

/// <summary>Words for an exit code; on Unix, .NET reports death by signal N as 128 + N.</summary>
internal static class ExitDescription
{
    public static string Of(int code)
    {
        if (OperatingSystem.IsWindows() || code <= 128 || code > 128 + 64)
        {
            return $"exit code {code}";
        }

        int signal = code - 128;
        string name = signal switch
        {
            1 => " SIGHUP",
            2 => " SIGINT",
            6 => " SIGABRT",
            9 => " SIGKILL",
            11 => " SIGSEGV",
            13 => " SIGPIPE",
            15 => " SIGTERM",
            _ => string.Empty,
        };
        return $"exit code {code} (killed by signal {signal}{name}, or exited with that code)";
    }

    public static string Seconds(TimeSpan span) => $"{span.TotalSeconds:0.###} s";

    public static string LastLines(IReadOnlyList<string> lines) =>
        lines.Count == 0 ? "no output" : "last lines:\n  " + string.Join("\n  ", lines);
}
