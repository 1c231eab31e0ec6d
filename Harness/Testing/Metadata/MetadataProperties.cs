namespace Harness.Testing.Metadata;

/// <summary>
/// NUnit property names under which the metadata attributes publish their values, so that
/// filters such as <c>--filter "Ets=LightweightM2M-1.1-int-101"</c> select test cases.
/// </summary>
public static class MetadataProperties
{
    public const string Ets = "Ets";
    public const string Requirement = "Requirement";
    public const string SpecClause = "SpecClause";
    public const string Lwm2mMin = "Lwm2mMin";
    public const string Lwm2mMax = "Lwm2mMax";
    public const string RequiresIcs = "RequiresIcs";
    public const string Interface = "Interface";
}
