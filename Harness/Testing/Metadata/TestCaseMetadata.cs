namespace Harness.Testing.Metadata;

/// <summary>What a test case declares about itself, for selection, reports and traceability.</summary>
public sealed record TestCaseMetadata
{
    public TestCaseMetadata(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
    }

    /// <summary>The NUnit full name of the test method (namespace.class.method).</summary>
    public string Id { get; }

    public IReadOnlyList<string> EtsIds { get; init; } = [];

    public IReadOnlyList<string> RequirementIds { get; init; } = [];

    public IReadOnlyList<string> SpecClauses { get; init; } = [];

    public VersionRange Versions { get; init; } = VersionRange.Any;

    public IReadOnlyList<string> RequiredIcs { get; init; } = [];

    public string? Interface { get; init; }

    /// <summary>NUnit categories given with [Category], e.g. "smoke" or "testfest".</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Malformed attribute values; a test with problems is not runnable.</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];
}
