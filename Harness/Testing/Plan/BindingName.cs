namespace Harness.Testing.Plan;

/// <summary>Transport bindings an ICS can declare.</summary>
public enum BindingName
{
    Udp,
    Tcp,
    Sms,
    NonIp,
}
