using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace Harness.Testing.Metadata;

/// <summary>The LwM2M interface the test exercises (one of <see cref="Lwm2mInterfaces"/>); also an NUnit category.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class InterfaceAttribute : MetadataAttribute
{
    public InterfaceAttribute(string name)
    {
        Name = name ?? string.Empty;
    }

    public string Name { get; }

    public override IReadOnlyList<string> Problems =>
        Lwm2mInterfaces.IsKnown(Name) ? [] : [$"[Interface] \"{Name}\" is not one of {string.Join(", ", Lwm2mInterfaces.All)}"];

    protected override void Publish(IPropertyBag properties)
    {
        properties.Add(MetadataProperties.Interface, Name);
        properties.Add(PropertyNames.Category, Name);
    }
}
