namespace Harness.Tests.Protocol.Lwm2m.Content.Vectors;

/// <summary>A rule id and the byte offset a decoder must report it at.</summary>
public sealed record VectorRule(string Rule, int Offset)
{
    public override string ToString() => $"{Rule}@{Offset}";
}
