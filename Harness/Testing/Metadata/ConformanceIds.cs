using System.Text.RegularExpressions;

namespace Harness.Testing.Metadata;

/// <summary>The shapes of the identifiers test cases cite, as the catalog and the seeds spell them.</summary>
public static partial class ConformanceIds
{
    /// <summary>An ETS test case id, e.g. LightweightM2M-1.1-int-101 or LightweightM2M-CONMGMT-1.0-int-1250.</summary>
    public static bool IsEtsId(string? id) => id is not null && EtsPattern().IsMatch(id);

    /// <summary>A requirement id of the seeds (LwM2M-REG-01) or a static conformance item (LWM2M-BOOT-009-C-M).</summary>
    public static bool IsRequirementId(string? id) => IsSeedRequirementId(id) || IsStaticConformanceId(id);

    /// <summary>
    /// A seed requirement id, in any of the shapes the requirement documents use: LwM2M-REG-01, LwM2M-TRAN-BIND-05,
    /// LwM2M-Ident-01, Sw-Mgmt-02, LightweightM2M-OSR-001, OMA-ERDEF-LWM2M-C-001-M.
    /// </summary>
    public static bool IsSeedRequirementId(string? id) => id is not null && SeedRequirementPattern().IsMatch(id);

    /// <summary>A static conformance item id such as LWM2M-BOOT-009-C-M (the catalog spells the prefix both ways).</summary>
    public static bool IsStaticConformanceId(string? id) => id is not null && StaticConformancePattern().IsMatch(id);

    /// <summary>Describes the ETS id format for error messages.</summary>
    public const string EtsIdFormat = "LightweightM2M-<major>.<minor>-int-<number> (or LightweightM2M-CONMGMT-<major>.<minor>-int-<number>)";

    [GeneratedRegex(@"^LightweightM2M-(CONMGMT-)?[0-9]\.[0-9]-int-[0-9]{1,5}$", RegexOptions.CultureInvariant)]
    private static partial Regex EtsPattern();

    [GeneratedRegex(@"^(LwM2M-[A-Za-z]{2,8}(-[A-Z]{2,8})?-[0-9]{2}|[A-Z][a-z]+-[A-Z][a-z]+-[0-9]{2}|LightweightM2M-OSR-[0-9]{3}|OMA-ERDEF-LWM2M-[CS]-[0-9]{3}-[MO])$", RegexOptions.CultureInvariant)]
    private static partial Regex SeedRequirementPattern();

    [GeneratedRegex(@"^(LWM2M|LwM2M)-[A-Z]{2,8}-[0-9]{3,4}-(C|S|BS)-[MO]$", RegexOptions.CultureInvariant)]
    private static partial Regex StaticConformancePattern();
}
