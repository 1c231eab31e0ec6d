namespace Harness.Tests.Support;

/// <summary>Locates the checkout (the folder holding conformance.sln) so tests can read Fixtures/.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string Fixtures => Path.Combine(Root, "Fixtures");

    public static string Fixture(params string[] parts) => Path.Combine([Fixtures, .. parts]);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "conformance.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"conformance.sln not found above {AppContext.BaseDirectory}");
    }
}
