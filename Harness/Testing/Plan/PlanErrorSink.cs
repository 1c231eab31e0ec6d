using YamlDotNet.Core;

namespace Harness.Testing.Plan;

/// <summary>Collects the errors of one file so that all of them are reported together.</summary>
internal sealed class PlanErrorSink(string file)
{
    private readonly List<PlanError> errors = [];

    public IReadOnlyList<PlanError> Errors => errors;

    public void Add(Mark mark, string message) => errors.Add(new PlanError(file, (int)mark.Line, (int)mark.Column, message));

    /// <summary>Adds errors found in another file the plan refers to (its baseline), as they are.</summary>
    public void AddFromOtherFile(IEnumerable<PlanError> others) => errors.AddRange(others);

    public void Add((int Line, int Column) position, string message) => errors.Add(new PlanError(file, position.Line, position.Column, message));
}
