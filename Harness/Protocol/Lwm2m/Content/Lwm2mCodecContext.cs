using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m.Model;

namespace Harness.Protocol.Lwm2m.Content;

/// <summary>
/// What a codec needs beside the bytes: the path the request addressed (names and TLV nesting resolve
/// relative to it; root for composite operations), the object model that types the values, the LwM2M
/// version whose rules apply, and whether to judge (strict) or display (lax).
/// </summary>
public sealed record Lwm2mCodecContext(
    Lwm2mPath RequestPath,
    ObjectModelRegistry Model,
    VersionNumber Lwm2mVersion,
    CoapDecodeMode Mode = CoapDecodeMode.Strict)
{
    /// <summary>Strict decoding of a payload at <paramref name="path"/> typed by the built-in objects.</summary>
    public static Lwm2mCodecContext For(Lwm2mPath path, VersionNumber lwm2mVersion) =>
        new(path, BuiltInObjectModel.Registry, lwm2mVersion);
}
