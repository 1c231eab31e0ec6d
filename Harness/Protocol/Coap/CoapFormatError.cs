namespace Harness.Protocol.Coap;

/// <summary>
/// One violated rule of a wire format: a stable rule id (see RULES.md), what was wrong, the byte offset
/// where it was found, the clause that states the rule and how binding that rule is.
/// </summary>
public sealed record CoapFormatError(string Rule, string Message, int Offset, string Clause)
{
    public CoapFormatError(string rule, string message, int offset, string clause, RequirementLevel level)
        : this(rule, message, offset, clause)
    {
        Level = level;
    }

    /// <summary>Must for message format errors; Should for findings a strict decoder accepts.</summary>
    public RequirementLevel Level { get; init; } = RequirementLevel.Must;

    public override string ToString() =>
        $"{Message} at byte {Offset} ({Clause}; rule {Rule}{(Level == RequirementLevel.Should ? ", SHOULD" : string.Empty)})";
}
