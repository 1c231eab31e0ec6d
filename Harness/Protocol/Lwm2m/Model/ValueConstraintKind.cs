namespace Harness.Protocol.Lwm2m.Model;

/// <summary>The shape of a machine-readable "Range or Enumeration" entry.</summary>
public enum ValueConstraintKind
{
    /// <summary>Inclusive bounds, "min..max".</summary>
    Range,

    /// <summary>A list of allowed values, "a,b,c".</summary>
    Enumeration,
}
