using Harness.Testing.Suite;

namespace Harness.Testing.Reporting.JUnit;

/// <summary>
/// junit.xml kept up to date as a run goes: each finished test rewrites the whole file atomically, so a run that
/// is killed leaves a valid file with every test finished so far.
/// </summary>
public sealed class JUnitXmlFile(string path, string name)
{
    private readonly Lock gate = new();
    private readonly List<SuiteTestResult> results = [];

    public string Path { get; } = System.IO.Path.GetFullPath(path);

    /// <summary>Adds a finished test and rewrites the file.</summary>
    public void Add(SuiteTestResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        lock (gate)
        {
            results.Add(result);
            Write();
        }
    }

    /// <summary>Rewrites the file with <paramref name="all"/> (e.g. the run's results once classified against the baseline).</summary>
    public void Replace(IReadOnlyList<SuiteTestResult> all)
    {
        ArgumentNullException.ThrowIfNull(all);
        lock (gate)
        {
            results.Clear();
            results.AddRange(all);
            Write();
        }
    }

    private void Write()
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        AtomicFile.WriteAllText(Path, JUnitXml.Text(JUnitXml.Build(results, name)));
    }
}
