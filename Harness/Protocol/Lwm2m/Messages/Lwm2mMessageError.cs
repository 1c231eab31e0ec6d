namespace Harness.Protocol.Lwm2m.Messages;

/// <summary>One thing wrong with an LwM2M message: the field, what is wrong with it, and the clause that says so.</summary>
public sealed record Lwm2mMessageError(string Field, string Problem, string Clause)
{
    public override string ToString() => $"{Field}: {Problem} ({Clause})";
}
