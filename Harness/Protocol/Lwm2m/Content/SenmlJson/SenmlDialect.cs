using Harness.Protocol.Lwm2m.Content.OmaJson;
using Harness.Protocol.Lwm2m.Values;

namespace Harness.Protocol.Lwm2m.Content.SenmlJson;

/// <summary>
/// What differs between the two SenML-shaped LwM2M formats in the meaning tier: rule ids and clause, the
/// field names shown in messages, and how Opaque travels (SenML "vd" base64url; OMA JSON "sv" base64).
/// </summary>
internal sealed class SenmlDialect
{
    private SenmlDialect(string formatName, Func<SenmlMeaningRule, string> ruleIds, string clause, bool isOmaJson)
    {
        FormatName = formatName;
        RuleIds = ruleIds;
        Clause = clause;
        IsOmaJson = isOmaJson;
    }

    public static SenmlDialect SenmlJson { get; } = new("SenML JSON", SenmlRuleIds.For, SenmlClauses.Lwm2mSenml, isOmaJson: false);

    public static SenmlDialect OmaJson { get; } = new("OMA JSON", OmaJsonRuleIds.For, OmaJsonClauses.Format, isOmaJson: true);

    public string FormatName { get; }

    public string Clause { get; }

    public bool IsOmaJson { get; }

    private Func<SenmlMeaningRule, string> RuleIds { get; }

    public string Id(SenmlMeaningRule rule) => RuleIds(rule);

    /// <summary>The field kind that carries <paramref name="type"/>; None for executable resources.</summary>
    public SenmlValueKind KindFor(Lwm2mDataType type) => type switch
    {
        Lwm2mDataType.Integer or Lwm2mDataType.UnsignedInteger or Lwm2mDataType.Float or Lwm2mDataType.Time => SenmlValueKind.Number,
        Lwm2mDataType.String or Lwm2mDataType.Corelnk => SenmlValueKind.String,
        Lwm2mDataType.Boolean => SenmlValueKind.Boolean,
        Lwm2mDataType.Opaque => IsOmaJson ? SenmlValueKind.String : SenmlValueKind.Data,
        Lwm2mDataType.Objlnk => SenmlValueKind.ObjectLink,
        _ => SenmlValueKind.None,
    };

    /// <summary>The label of a value field in this format ("vs" in SenML, "sv" in OMA JSON).</summary>
    public string Label(SenmlValueKind kind) => (kind, IsOmaJson) switch
    {
        (SenmlValueKind.Number, _) => "v",
        (SenmlValueKind.String, false) => "vs",
        (SenmlValueKind.String, true) => "sv",
        (SenmlValueKind.Boolean, false) => "vb",
        (SenmlValueKind.Boolean, true) => "bv",
        (SenmlValueKind.Data, _) => "vd",
        (SenmlValueKind.ObjectLink, false) => "vlo",
        (SenmlValueKind.ObjectLink, true) => "ov",
        (SenmlValueKind.Null, _) => "null",
        _ => "no value",
    };
}
