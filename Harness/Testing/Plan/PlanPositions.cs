using YamlDotNet.Core;

namespace Harness.Testing.Plan;

/// <summary>Where each value of a loaded plan was written, by its path (e.g. "selection.include.ets[0]").</summary>
public sealed class PlanPositions
{
    private readonly Dictionary<string, Mark> marks = new(StringComparer.Ordinal);

    internal void Record(string path, Mark mark) => marks[path] = mark;

    /// <summary>True when <paramref name="path"/> itself was written in the file.</summary>
    public bool Contains(string path) => marks.ContainsKey(path);

    /// <summary>The position of <paramref name="path"/>, else of its nearest recorded parent, else line 1 column 1.</summary>
    public (int Line, int Column) Of(string path)
    {
        for (var current = path; ; current = Parent(current))
        {
            if (marks.TryGetValue(current, out var mark))
            {
                return ((int)mark.Line, (int)mark.Column);
            }

            if (current.Length == 0)
            {
                return (1, 1);
            }
        }
    }

    private static string Parent(string path)
    {
        var cut = path.LastIndexOfAny(['.', '[']);
        return cut < 0 ? string.Empty : path[..cut];
    }
}
