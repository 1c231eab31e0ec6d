using NUnit.Framework.Interfaces;

namespace Harness.Testing.Metadata;

/// <summary>
/// ICS items the DUT must support for the test to apply: static conformance ids
/// (LWM2M-BOOT-004-C-O) or ICS queries such as "object:5", "binding:tcp", "contentFormat:senmlCbor",
/// "security:psk", "feature:queueMode" or just "queueMode" (see <see cref="Plan.IcsQuery"/>).
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
public sealed class RequiresIcsAttribute : MetadataAttribute
{
    public RequiresIcsAttribute(params string[] items)
    {
        Items = items ?? [];
    }

    public IReadOnlyList<string> Items { get; }

    public override IReadOnlyList<string> Problems =>
        Items.Count == 0
            ? ["[RequiresIcs] needs at least one ICS item"]
            : [.. Items.Select(Plan.IcsQuery.Problem).OfType<string>().Select(problem => $"[RequiresIcs] {problem}")];

    protected override void Publish(IPropertyBag properties)
    {
        foreach (var item in Items)
        {
            properties.Add(MetadataProperties.RequiresIcs, item);
        }
    }
}
