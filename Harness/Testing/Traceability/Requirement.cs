namespace Harness.Testing.Traceability;

/// <summary>One labelled requirement of a source document, restated in our words, with whether the wire can show it.</summary>
public sealed record Requirement(
    string Id,
    string Document,
    string Category,
    Observability Observability,
    string ObservabilityReason,
    string Statement);
