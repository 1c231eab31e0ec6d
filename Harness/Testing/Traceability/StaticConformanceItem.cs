namespace Harness.Testing.Traceability;

/// <summary>A static conformance requirement (SCR) item of a TS version; the same id may appear in several versions.</summary>
public sealed record StaticConformanceItem(string Id, string TsVersion, string Side, string Status, string Function, string Clause);
