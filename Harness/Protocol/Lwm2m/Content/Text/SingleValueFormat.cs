namespace Harness.Protocol.Lwm2m.Content.Text;

/// <summary>The rule ids and clause one single-value content format reports its target checks under.</summary>
internal sealed record SingleValueFormat(
    string Name,
    string Clause,
    string LevelRule,
    string MultiplicityRule,
    string UnknownObjectRule,
    string UnknownResourceRule)
{
    public static SingleValueFormat PlainText { get; } = new(
        "text/plain",
        "LwM2M Core §7.4.1 Plain Text",
        TextRuleIds.TextLevel,
        TextRuleIds.TextMultiplicity,
        TextRuleIds.TextUnknownObject,
        TextRuleIds.TextUnknownResource);

    public static SingleValueFormat Opaque { get; } = new(
        "opaque",
        "LwM2M Core §7.4.2 Opaque",
        TextRuleIds.OpaqueLevel,
        TextRuleIds.OpaqueMultiplicity,
        TextRuleIds.OpaqueUnknownObject,
        TextRuleIds.OpaqueUnknownResource);
}
