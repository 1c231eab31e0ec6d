namespace Harness.Testing.Traceability;

/// <summary>An OMA ETS test case as the catalog summarises it.</summary>
public sealed record EtsTestCase(string Id, string Version, string Side, string Area, string Title, string Clause);
