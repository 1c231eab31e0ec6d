namespace Harness.Protocol.Coap.Blockwise;

/// <summary>
/// Why a block-wise transfer stopped: a rule the peer broke or a refusal it sent. A stable rule id,
/// what happened, and the clause that states the rule.
/// </summary>
public sealed record BlockwiseFailure(string Rule, string Message, string Clause)
{
    public override string ToString() => $"{Message} ({Clause}; rule {Rule})";
}
