namespace Harness.Runtime.Peers;

/// <summary>What a request to the fake server is, by method and path, before its content is judged.</summary>
public enum UplinkKind
{
    Register,
    Update,
    Deregister,
    Send,

    /// <summary>Anything else; answered 4.04 and recorded.</summary>
    Other,
}
