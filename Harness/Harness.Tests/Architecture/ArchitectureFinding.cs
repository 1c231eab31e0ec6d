namespace Harness.Tests.Architecture;

/// <summary>One use of a forbidden API found in compiled metadata: what kind of reference, what it names, and why it is banned.</summary>
internal sealed record ArchitectureFinding(string Kind, string Name, string Reason)
{
    public override string ToString() => $"{Kind} {Name}: {Reason}";
}
