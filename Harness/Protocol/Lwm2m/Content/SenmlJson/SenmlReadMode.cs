namespace Harness.Protocol.Lwm2m.Content.SenmlJson;

/// <summary>What a pack is read as: it decides which fields and which nulls a record may carry.</summary>
internal enum SenmlReadMode
{
    /// <summary>Records with values (Read response, Write, Notify; SenML JSON 110).</summary>
    Content,

    /// <summary>A SenML-ETCH Patch Pack (320): values, or null to remove (RFC 8790 §3.2).</summary>
    Patch,

    /// <summary>A Read-/Observe-Composite request in SenML JSON (110): names only.</summary>
    PathList,

    /// <summary>A SenML-ETCH Fetch Pack (320): names, times and units (RFC 8790 §3.1).</summary>
    FetchPack,
}
