using System.Text;
using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Content;
using Harness.Protocol.Lwm2m.Content.Cbor;
using Harness.Protocol.Lwm2m.Content.Tlv;

namespace Harness.Runtime.Analysis.Text;

/// <summary>
/// A payload as text, by its Content-Format: the LwM2M codecs' own renderings (TLV tree, SenML JSON and CBOR
/// records, LwM2M CBOR, OMA JSON, plain text), CBOR diagnostic notation, link format and JSON as text, and hex for
/// anything else or anything that is not what its format says. Never throws.
/// </summary>
public static class WirePayloadText
{
    /// <summary>At most this many payload bytes are shown as hex.</summary>
    public const int HexShown = 256;

    private const int LinkFormat = 40;
    private const int Json = 50;
    private const int Cbor = 60;

    /// <summary>
    /// Renders <paramref name="payload"/> sent with <paramref name="contentFormat"/> (null: none given).
    /// <paramref name="requestPath"/>, the path of the request a response answers, lets a TLV tree name and type its resources.
    /// </summary>
    public static string Render(ReadOnlyMemory<byte> payload, int? contentFormat, Lwm2mPath? requestPath = null)
    {
        if (payload.IsEmpty)
        {
            return string.Empty;
        }

        try
        {
            return contentFormat switch
            {
                LinkFormat => Text("link format", payload),
                Json => Text("JSON", payload),
                Cbor => "CBOR: " + CborDiagnosticNotation.Render(payload),
                { } format when Lwm2mContentCodecs.RegisteredNumber(format) == ContentFormat.LwM2mTlv && requestPath is { } path =>
                    TlvCodec.Render(payload, Lwm2mCodecContext.For(path, Lwm2mVersions.V11)),
                { } format when Lwm2mContentCodecs.TryGet(format, out var codec) => codec.Render(payload),
                null when IsPrintable(payload.Span) => Text("no Content-Format", payload),
                _ => Hex(contentFormat is null ? "no Content-Format" : $"Content-Format {contentFormat}", payload),
            };
        }
        catch (Exception error) when (error is not OutOfMemoryException) // a renderer's bug must not hide the timeline
        {
            return Hex($"not renderable ({error.Message})", payload);
        }
    }

    /// <summary>"label, N bytes: 0a1b..." with at most <see cref="HexShown"/> bytes.</summary>
    public static string Hex(string label, ReadOnlyMemory<byte> bytes)
    {
        var span = bytes.Span;
        string hex = Convert.ToHexStringLower(span[..Math.Min(span.Length, HexShown)]);
        return $"{label}, {span.Length} bytes: {hex}{(span.Length > HexShown ? "…" : string.Empty)}";
    }

    private static string Text(string label, ReadOnlyMemory<byte> payload) =>
        IsPrintable(payload.Span) ? $"{label}, {payload.Length} bytes: {Encoding.UTF8.GetString(payload.Span)}" : Hex($"{label}, not printable UTF-8", payload);

    private static bool IsPrintable(ReadOnlySpan<byte> bytes)
    {
        if (!Utf8IsValid(bytes))
        {
            return false;
        }

        foreach (byte b in bytes)
        {
            if (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t')
            {
                return false;
            }
        }

        return true;
    }

    private static bool Utf8IsValid(ReadOnlySpan<byte> bytes) => System.Text.Unicode.Utf8.IsValid(bytes);
}
