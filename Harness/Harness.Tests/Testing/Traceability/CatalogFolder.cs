using Harness.Testing.Traceability;
using Harness.Tests.Support;

namespace Harness.Tests.Testing.Traceability;

/// <summary>A temporary copy of Fixtures/Requirements that a test may break, deleted afterwards.</summary>
internal sealed class CatalogFolder : IDisposable
{
    public CatalogFolder()
    {
        Directory.CreateDirectory(Path);
        foreach (var name in RequirementCatalogLoader.FileNames)
        {
            System.IO.File.Copy(System.IO.Path.Combine(Source, name), System.IO.Path.Combine(Path, name));
        }
    }

    public static string Source => RepositoryPaths.Fixture("Requirements");

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "catalog-" + Guid.NewGuid().ToString("N"));

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Replaces 1-based line <paramref name="line"/> of <paramref name="name"/>.</summary>
    public void ReplaceLine(string name, int line, string text)
    {
        var lines = System.IO.File.ReadAllLines(File(name));
        lines[line - 1] = text;
        System.IO.File.WriteAllLines(File(name), lines);
    }

    public void Append(string name, string text) => System.IO.File.AppendAllText(File(name), text);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
