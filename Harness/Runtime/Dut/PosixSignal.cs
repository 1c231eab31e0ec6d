using System.Runtime.InteropServices;

namespace Harness.Runtime.Dut;

/// <summary>Sends SIGTERM: .NET can only kill (SIGKILL) another process, but a polite stop lets the DUT de-register.</summary>
internal static class PosixSignal
{
    private const int SigTerm = 15;

    /// <summary>True when the signal was delivered; false on Windows or when the process is already gone.</summary>
    public static bool TryTerminate(int processId)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS() && !OperatingSystem.IsFreeBSD())
        {
            return false;
        }

        return Kill(processId, SigTerm) == 0;
    }

    // DllImport rather than LibraryImport: int-only signatures need no marshalling, and the project stays free of unsafe code.
    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Kill(int pid, int signal);
}
