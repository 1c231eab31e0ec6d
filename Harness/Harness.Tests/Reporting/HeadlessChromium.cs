using Harness.Tests.Support;

namespace Harness.Tests.Reporting;

/// <summary>
/// Debian's chromium, headless: loads a page, lets its scripts run for a virtual-time budget, and returns the DOM
/// as the page then shows it. run-tests.sh installs chromium; without it the browser tests are ignored.
/// </summary>
internal static class HeadlessChromium
{
    /// <summary>Virtual time for the report's scripts to fetch their data and render (the clock fast-forwards when idle).</summary>
    private const int VirtualTimeBudgetMilliseconds = 8000;

    /// <summary>Start-up of chromium plus a 2.7 MB script on a loaded 2-core machine.</summary>
    private static readonly TimeSpan PageDeadline = TimeSpan.FromMinutes(2);

    public static string? Executable => ExternalProcess.Which("chromium") ?? ExternalProcess.Which("chromium-browser");

    /// <summary>The rendered DOM of <paramref name="url"/> as HTML text.</summary>
    public static async Task<string> DumpDomAsync(Uri url)
    {
        var executable = Executable;
        if (executable is null)
        {
            Assert.Ignore("chromium is not installed (run-tests.sh installs the Debian package chromium), so the report cannot be checked in a browser");
        }

        var profile = Path.Combine(Path.GetTempPath(), "chromium-profile-" + Guid.NewGuid().ToString("N"));
        try
        {
            var browser = await ExternalProcess.RunAsync(executable!,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
                $"--user-data-dir={profile}", $"--virtual-time-budget={VirtualTimeBudgetMilliseconds}", "--dump-dom", url.ToString(),
            ], PageDeadline).ConfigureAwait(false);
            Assert.That(browser.ExitCode, Is.EqualTo(0), $"chromium on {url}: {browser.StandardError}");
            return browser.StandardOutput;
        }
        finally
        {
            if (Directory.Exists(profile))
            {
                Directory.Delete(profile, recursive: true);
            }
        }
    }
}
