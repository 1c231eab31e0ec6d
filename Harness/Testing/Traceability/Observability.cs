namespace Harness.Testing.Traceability;

/// <summary>Whether a requirement can be judged from what the device under test sends and answers.</summary>
public enum Observability
{
    /// <summary>The requirement shows in messages on the wire ("wire" in the catalog).</summary>
    Wire,

    /// <summary>The behaviour exists but leaves no trace a peer can see ("not-observable").</summary>
    NotObservable,

    /// <summary>Outside what this suite tests, e.g. another enabler or a bearer the harness lacks ("out-of-scope").</summary>
    OutOfScope,
}
