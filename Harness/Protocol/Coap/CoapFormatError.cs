namespace Harness.Protocol.Coap;

/// <summary>
/// One violated rule of a wire format: a stable rule id, what was wrong, the byte offset where it was
/// found and the clause that states the rule.
/// </summary>
public sealed record CoapFormatError(string Rule, string Message, int Offset, string Clause)
{
    public override string ToString() => $"{Message} at byte {Offset} ({Clause}; rule {Rule})";
}
