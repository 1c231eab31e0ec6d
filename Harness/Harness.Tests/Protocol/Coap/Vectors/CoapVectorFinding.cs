namespace Harness.Tests.Protocol.Coap.Vectors;

/// <summary>A validator finding a valid vector is expected to have: rule, offset and level.</summary>
public sealed record CoapVectorFinding(string Rule, int Offset, string Level);
