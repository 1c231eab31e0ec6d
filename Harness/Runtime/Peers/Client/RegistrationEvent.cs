namespace Harness.Runtime.Peers.Client;

/// <summary>One event of the registration engine, with the one-line text the reference device prints for it.</summary>
public sealed record RegistrationEvent(RegistrationEventKind Kind, string Text, DateTimeOffset Time)
{
    public override string ToString() => Text;
}
