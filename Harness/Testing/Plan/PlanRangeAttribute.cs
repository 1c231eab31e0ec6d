namespace Harness.Testing.Plan;

/// <summary>The inclusive range a numeric plan value must lie in; checked by the loader, mirrored in the schema.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PlanRangeAttribute(double minimum, double maximum) : Attribute
{
    public double Minimum { get; } = minimum;

    public double Maximum { get; } = maximum;
}
