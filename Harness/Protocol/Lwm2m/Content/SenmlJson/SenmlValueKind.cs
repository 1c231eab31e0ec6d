namespace Harness.Protocol.Lwm2m.Content.SenmlJson;

/// <summary>Which value field a record carries, whatever the format calls it (SenML "vs", OMA JSON "sv").</summary>
public enum SenmlValueKind
{
    /// <summary>No value field at all.</summary>
    None,

    /// <summary>"v": a JSON number.</summary>
    Number,

    /// <summary>"vs" (OMA JSON "sv"): a string.</summary>
    String,

    /// <summary>"vb" (OMA JSON "bv"): a boolean.</summary>
    Boolean,

    /// <summary>"vd": base64url text of bytes (SenML only; OMA JSON carries bytes in "sv").</summary>
    Data,

    /// <summary>"vlo" (OMA JSON "ov"): an object link "objectId:instanceId".</summary>
    ObjectLink,

    /// <summary>A value field holding JSON null: a removal in a SenML-ETCH patch (RFC 8790).</summary>
    Null,
}
