namespace Harness.Protocol.Templates;

/// <summary>One field that did not match: which, what the template wanted, what the message had.</summary>
public sealed record TemplateMismatch(string Field, string Expected, string Actual)
{
    public override string ToString() => $"{Field}: expected {Expected}, got {Actual}";
}
