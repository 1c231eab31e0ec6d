namespace Harness.Tests.Protocol.Coap.Vectors;

/// <summary>The rule a strict decoder rejects an invalid vector with, and the byte offset it names.</summary>
public sealed record CoapVectorError(string Rule, int Offset);
