using NUnit.Framework.Interfaces;

namespace Harness.Testing.Metadata;

/// <summary>The OMA ETS test case(s) this test implements, e.g. [Ets("LightweightM2M-1.1-int-101")].</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
public sealed class EtsAttribute : MetadataAttribute
{
    public EtsAttribute(params string[] ids)
    {
        Ids = ids ?? [];
    }

    public IReadOnlyList<string> Ids { get; }

    public override IReadOnlyList<string> Problems =>
        Ids.Count == 0
            ? ["[Ets] needs at least one ETS id"]
            : [.. Ids.Where(id => !ConformanceIds.IsEtsId(id)).Select(id => $"[Ets] \"{id}\" is not of the form {ConformanceIds.EtsIdFormat}")];

    protected override void Publish(IPropertyBag properties)
    {
        foreach (var id in Ids)
        {
            properties.Add(MetadataProperties.Ets, id);
        }
    }
}
