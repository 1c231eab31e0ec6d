namespace Harness.Tests.Protocol.Coap.Vectors;

/// <summary>
/// One datagram with provenance: either the message it decodes to (and the validator findings it
/// has, if any) or the MUST-level rule and offset a strict decoder rejects it with.
/// </summary>
public sealed record CoapVector(
    string Name,
    string Provenance,
    string? Derivation,
    string Hex,
    CoapVectorMessage? Message,
    CoapVectorError? Error,
    IReadOnlyList<CoapVectorFinding>? Findings)
{
    public byte[] Bytes => Convert.FromHexString(Hex);

    public override string ToString() => Name;
}
