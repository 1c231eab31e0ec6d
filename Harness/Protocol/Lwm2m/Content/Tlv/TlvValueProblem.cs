namespace Harness.Protocol.Lwm2m.Content.Tlv;

/// <summary>What was wrong with a value's bytes for its data type (LwM2M Core Appendix C).</summary>
internal enum TlvValueProblem
{
    None,

    /// <summary>A length the data type does not allow; no value could be read.</summary>
    Width,

    /// <summary>A Boolean byte other than 0 or 1; read as true.</summary>
    BooleanValue,

    /// <summary>A String or Corelnk that is not UTF-8; read with replacement characters.</summary>
    Utf8,

    /// <summary>An Objlnk with one id 65535 but not both (only the null link uses MAX_ID).</summary>
    ObjlnkId,
}
