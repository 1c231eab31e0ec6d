using System.Reflection;

namespace Harness.Testing.Plan;

/// <summary>One key of a plan mapping: its YAML spelling, the model property behind it, and whether it must be given.</summary>
public sealed record PlanProperty(string Key, PropertyInfo Property, bool IsRequired)
{
    public PlanRangeAttribute? Range => Property.GetCustomAttribute<PlanRangeAttribute>();
}
