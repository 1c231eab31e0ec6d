namespace Harness.Testing.Plan;

/// <summary>Glob patterns (* and ?) over ETS ids, interface names and tags (NUnit categories).</summary>
public sealed class SelectionRules
{
    public IReadOnlyList<string> Ets { get; init; } = [];

    public IReadOnlyList<string> Interfaces { get; init; } = [];

    public IReadOnlyList<string> Tags { get; init; } = [];

    public bool IsEmpty => Ets.Count == 0 && Interfaces.Count == 0 && Tags.Count == 0;
}
