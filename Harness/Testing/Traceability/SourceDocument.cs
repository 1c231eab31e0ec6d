namespace Harness.Testing.Traceability;

/// <summary>A document requirements come from, e.g. RD-1.2 (OMA-RD-LightweightM2M-V1_2), with the seed text files it was read from.</summary>
public sealed record SourceDocument(string Key, string Title, string Version, IReadOnlyList<string> Seeds);
