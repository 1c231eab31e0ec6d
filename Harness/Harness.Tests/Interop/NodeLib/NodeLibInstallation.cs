using Harness.Tests.Support;

namespace Harness.Tests.Interop.NodeLib;

/// <summary>
/// The lwm2m-node-lib device folder (Fixtures/Devices/lwm2m-node-lib) with its npm dependencies: installed
/// once per test run with <c>npm ci</c> from the pinned package-lock.json when node_modules is missing.
/// A machine without node or npm fails the tests that need them, saying what to install.
/// </summary>
internal static class NodeLibInstallation
{
    public const string PinnedVersion = "1.4.0";

    /// <summary>npm ci of about 70 small packages; generous for a loaded 2-core machine and a slow registry.</summary>
    private static readonly TimeSpan InstallDeadline = TimeSpan.FromMinutes(5);

    private static readonly Lazy<Task<string>> Installed = new(InstallAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string Folder => RepositoryPaths.Fixture("Devices", "lwm2m-node-lib");

    public static string PlanPath => Path.Combine(Folder, "testplan.yaml");

    /// <summary>The device folder once its dependencies are installed; the failure of the one install otherwise.</summary>
    public static Task<string> EnsureInstalledAsync() => Installed.Value;

    private static async Task<string> InstallAsync()
    {
        string folder = Folder;
        if (ExternalProcess.Which("node") is null)
        {
            throw new InvalidOperationException("'node' is not on PATH: the lwm2m-node-lib interop tests need Node.js 18 or later (Debian: apt-get install nodejs npm)");
        }

        string library = Path.Combine(folder, "node_modules", "lwm2m-node-lib", "package.json");
        if (!File.Exists(library))
        {
            if (ExternalProcess.Which("npm") is null)
            {
                throw new InvalidOperationException($"'npm' is not on PATH, so the dependencies in {folder} cannot be installed (Debian: apt-get install npm)");
            }

            var install = await ExternalProcess.RunAsync("npm", ["ci", "--prefix", folder, "--no-audit", "--no-fund", "--loglevel=error"], InstallDeadline).ConfigureAwait(false);
            if (install.ExitCode != 0 || !File.Exists(library))
            {
                throw new InvalidOperationException($"npm ci in {folder} failed (exit {install.ExitCode}); stdout: {install.StandardOutput}; stderr: {install.StandardError}");
            }
        }

        string manifest = await File.ReadAllTextAsync(library).ConfigureAwait(false);
        if (!manifest.Contains($"\"version\": \"{PinnedVersion}\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{library} is not lwm2m-node-lib {PinnedVersion}; delete {Path.Combine(folder, "node_modules")} so that npm ci installs the pinned version");
        }

        return folder;
    }
}
