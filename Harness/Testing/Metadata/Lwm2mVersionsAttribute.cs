using Harness.Protocol.Lwm2m.Model;
using NUnit.Framework.Interfaces;

namespace Harness.Testing.Metadata;

/// <summary>The LwM2M versions the test applies to: [Lwm2mVersions("1.1")] from 1.1 on, [Lwm2mVersions("1.0", "1.1")] a closed range.</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = false, Inherited = true)]
public sealed class Lwm2mVersionsAttribute : MetadataAttribute
{
    public Lwm2mVersionsAttribute(string min)
        : this(min, null)
    {
    }

    public Lwm2mVersionsAttribute(string min, string? max)
    {
        MinText = min ?? string.Empty;
        MaxText = max;
    }

    public string MinText { get; }

    public string? MaxText { get; }

    /// <summary>The range, or null when a bound is malformed (see <see cref="Problems"/>).</summary>
    public VersionRange? Range =>
        VersionNumber.TryParse(MinText, out var min) && (MaxText is null || VersionNumber.TryParse(MaxText, out _))
            ? new VersionRange(min, MaxText is null ? null : VersionNumber.Parse(MaxText))
            : null;

    public override IReadOnlyList<string> Problems
    {
        get
        {
            if (!VersionNumber.TryParse(MinText, out var min))
            {
                return [$"[Lwm2mVersions] minimum \"{MinText}\" is not a major.minor version"];
            }

            if (MaxText is null)
            {
                return [];
            }

            if (!VersionNumber.TryParse(MaxText, out var max))
            {
                return [$"[Lwm2mVersions] maximum \"{MaxText}\" is not a major.minor version"];
            }

            return max < min ? [$"[Lwm2mVersions] maximum {max} is below minimum {min}"] : [];
        }
    }

    protected override void Publish(IPropertyBag properties)
    {
        properties.Add(MetadataProperties.Lwm2mMin, MinText);
        if (MaxText is not null)
        {
            properties.Add(MetadataProperties.Lwm2mMax, MaxText);
        }
    }
}
