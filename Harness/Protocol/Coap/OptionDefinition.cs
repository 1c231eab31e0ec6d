namespace Harness.Protocol.Coap;

/// <summary>
/// What the registry says about an option: its format, allowed length range, whether it may repeat
/// and the clause that defines it, so that violations can cite their source.
/// </summary>
public sealed record OptionDefinition(
    int Number,
    string Name,
    OptionFormat Format,
    int MinLength,
    int MaxLength,
    bool Repeatable,
    string Clause)
{
    public bool IsCritical => OptionNumber.IsCritical(Number);
}
