using NUnit.Framework.Interfaces;

namespace Harness.Testing.Metadata;

/// <summary>A specification clause the test enforces, e.g. "OMA-TS-LightweightM2M_Core-V1_1_1 §6.2.1".</summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Class, AllowMultiple = true, Inherited = true)]
public sealed class SpecClauseAttribute : MetadataAttribute
{
    public SpecClauseAttribute(string clause)
    {
        Clause = clause ?? string.Empty;
    }

    public string Clause { get; }

    public override IReadOnlyList<string> Problems =>
        string.IsNullOrWhiteSpace(Clause) ? ["[SpecClause] is empty"] : [];

    protected override void Publish(IPropertyBag properties) => properties.Add(MetadataProperties.SpecClause, Clause);
}
