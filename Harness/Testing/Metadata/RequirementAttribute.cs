using NUnit.Framework.Interfaces;

namespace Harness.Testing.Metadata;

/// <summary>Requirement ids the test checks: seed ids (LwM2M-REG-01) or static conformance ids (LWM2M-BOOT-009-C-M).</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
public sealed class RequirementAttribute : MetadataAttribute
{
    public RequirementAttribute(params string[] ids)
    {
        Ids = ids ?? [];
    }

    public IReadOnlyList<string> Ids { get; }

    public override IReadOnlyList<string> Problems =>
        Ids.Count == 0
            ? ["[Requirement] needs at least one requirement id"]
            : [.. Ids.Where(id => !ConformanceIds.IsRequirementId(id))
                .Select(id => $"[Requirement] \"{id}\" is neither a requirement id like LwM2M-REG-01 nor a static conformance id like LWM2M-BOOT-009-C-M")];

    protected override void Publish(IPropertyBag properties)
    {
        foreach (var id in Ids)
        {
            properties.Add(MetadataProperties.Requirement, id);
        }
    }
}
