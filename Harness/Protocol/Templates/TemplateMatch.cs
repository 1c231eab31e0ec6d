using Harness.Protocol.Coap;

namespace Harness.Protocol.Templates;

/// <summary>
/// The outcome of matching a message against a template: the captures on success, or every mismatch
/// with the decoded message and its bytes so that a failure explains itself.
/// </summary>
public sealed class TemplateMatch
{
    internal TemplateMatch(CoapTemplate template, CoapMessage actual, TemplateCaptures captures, IReadOnlyList<TemplateMismatch> mismatches)
    {
        Template = template;
        Actual = actual;
        Captures = captures;
        Mismatches = mismatches;
    }

    public bool IsMatch => Mismatches.Count == 0;

    public CoapTemplate Template { get; }

    public CoapMessage Actual { get; }

    /// <summary>All bindings after this match (those given in, plus new ones); unchanged input on a mismatch.</summary>
    public TemplateCaptures Captures { get; }

    public IReadOnlyList<TemplateMismatch> Mismatches { get; }

    /// <summary>Multi-line explanation: each mismatch, the expected template, the actual message and its hex.</summary>
    public string Explain()
    {
        if (IsMatch)
        {
            return $"{Actual} matches {Template}";
        }

        var lines = new List<string> { $"{Mismatches.Count} mismatch(es) against {Template}:" };
        lines.AddRange(Mismatches.Select(m => "  " + m));
        lines.Add($"  actual: {Actual}");
        lines.Add($"  bytes:  {Convert.ToHexStringLower(CoapUdpCodec.Encode(Actual))}");
        return string.Join('\n', lines);
    }

    public override string ToString() => IsMatch ? "match" : string.Join("; ", Mismatches);
}
