namespace Harness.Protocol.Lwm2m;

/// <summary>Why a path was refused.</summary>
public enum Lwm2mPathErrorKind
{
    /// <summary>The text is empty; the root path is written "/".</summary>
    Empty,

    /// <summary>The text does not start with '/'.</summary>
    MissingLeadingSlash,

    /// <summary>A segment is empty ("//", a trailing '/', or an empty Uri-Path option).</summary>
    EmptySegment,

    /// <summary>A segment holds something other than decimal digits.</summary>
    NotDecimal,

    /// <summary>A segment has a leading zero ("03"); ids are written in their shortest decimal form.</summary>
    LeadingZero,

    /// <summary>A segment is 65535, the reserved MAX_ID.</summary>
    ReservedId,

    /// <summary>A segment is above 65535 and cannot be a 16-bit id.</summary>
    OutOfRange,

    /// <summary>More than four ids: nothing lies below a resource instance.</summary>
    TooDeep,
}
