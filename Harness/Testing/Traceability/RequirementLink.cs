namespace Harness.Testing.Traceability;

/// <summary>A link from a requirement to an ETS case, an SCR item or a TS clause, with an optional note on why.</summary>
public sealed record RequirementLink(string RequirementId, LinkKind Kind, string Target, string Note);
