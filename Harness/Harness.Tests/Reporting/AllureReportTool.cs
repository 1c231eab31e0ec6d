using Harness.Tests.Support;

namespace Harness.Tests.Reporting;

/// <summary>
/// The report generator as run-suite.sh runs it: `npx allure generate` in Reports/ with its allurerc.mjs, after
/// `npm ci` when Reports/node_modules lacks the pinned package. History goes to a file of the caller's.
/// </summary>
internal static class AllureReportTool
{
    /// <summary>npm ci of the allure package and its ~150 dependencies on a slow link.</summary>
    private static readonly TimeSpan InstallDeadline = TimeSpan.FromMinutes(5);

    /// <summary>Generating a small report takes about 10 s on a loaded 2-core machine.</summary>
    private static readonly TimeSpan GenerateDeadline = TimeSpan.FromMinutes(3);

    private static readonly SemaphoreSlim InstallGate = new(1, 1);

    public static string ReportsFolder => Path.Combine(RepositoryPaths.Root, "Reports");

    /// <summary>Generates <paramref name="output"/> from <paramref name="results"/>; returns the finished process.</summary>
    public static async Task<ExternalProcess> GenerateAsync(string results, string output, string history, bool singleFile = false)
    {
        await EnsureInstalledAsync().ConfigureAwait(false);
        var environment = $"LWM2M_REPORT_HISTORY={history}";
        string[] arguments = singleFile
            ? [environment, "LWM2M_REPORT_SINGLE_FILE=1", "npx", "--no-install", "allure", "generate", results, "-o", output]
            : [environment, "npx", "--no-install", "allure", "generate", results, "-o", output];
        return await ExternalProcess.RunAsync("env", ["-C", ReportsFolder, .. arguments], GenerateDeadline).ConfigureAwait(false);
    }

    private static async Task EnsureInstalledAsync()
    {
        if (ExternalProcess.Which("npm") is null || ExternalProcess.Which("npx") is null)
        {
            Assert.Ignore("npm is not installed (Debian: apt-get install nodejs npm; run-tests.sh installs it), so no report can be generated");
        }

        await InstallGate.WaitAsync().ConfigureAwait(false);
        try
        {
            var installed = Path.Combine(ReportsFolder, "node_modules", "allure", "package.json");
            if (File.Exists(installed) && File.ReadAllText(installed).Contains("\"version\": \"3.18.0\"", StringComparison.Ordinal))
            {
                return;
            }

            var install = await ExternalProcess.RunAsync("npm", ["ci", "--prefix", ReportsFolder, "--no-audit", "--no-fund", "--loglevel=error"], InstallDeadline).ConfigureAwait(false);
            Assert.That(install.ExitCode, Is.EqualTo(0), $"npm ci in {ReportsFolder}: {install.StandardOutput}{install.StandardError}");
        }
        finally
        {
            InstallGate.Release();
        }
    }
}
