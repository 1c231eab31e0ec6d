using System.Formats.Cbor;

namespace Harness.Protocol.Lwm2m.Content.Cbor;

/// <summary>
/// The exceptions <see cref="CborReader"/> throws on bytes that are not well-formed CBOR, told apart from
/// harness faults so decoders can turn them into <see cref="CborRuleIds.Malformed"/> findings.
/// </summary>
internal static class CborFailure
{
    public const string WellFormedClause = "RFC 8949 §3, §5.3.1 (well-formed data items)";

    public const string Utf8Clause = "RFC 8949 §3.1, §5.3.1 (text strings hold valid UTF-8)";

    /// <summary>True for what a reader throws when the input bytes are at fault.</summary>
    public static bool IsInputFault(Exception exception) =>
        exception is CborContentException or InvalidOperationException or OverflowException or FormatException
            or System.Text.DecoderFallbackException;

    /// <summary>The offset the reader had reached within a payload of <paramref name="length"/> bytes.</summary>
    public static int Offset(CborReader reader, int length) => length - reader.BytesRemaining;

    public static string Describe(Exception exception) => exception switch
    {
        CborContentException => "not well-formed CBOR: " + exception.Message,
        OverflowException => "an integer exceeds the range the format allows: " + exception.Message,
        _ => "unexpected CBOR item: " + exception.Message,
    };
}
