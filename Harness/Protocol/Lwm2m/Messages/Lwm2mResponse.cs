using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m.Content;

namespace Harness.Protocol.Lwm2m.Messages;

/// <summary>
/// A response as the server side sees it: the raw message always, and its payload decoded when a codec
/// for its Content-Format was available (decode errors kept, never thrown).
/// </summary>
public sealed class Lwm2mResponse
{
    private Lwm2mResponse(CoapMessage message, ILwm2mContentCodec? codec, Lwm2mDecodeResult? decoded)
    {
        Message = message;
        Codec = codec;
        Decoded = decoded;
    }

    public CoapMessage Message { get; }

    public CoapCode Code => Message.Code;

    public bool IsSuccess => Message.Code.IsSuccess;

    public int? ContentFormat => Message.ContentFormat;

    public ReadOnlyMemory<byte> Payload => Message.Payload;

    /// <summary>The codec that decoded the payload; null when none fits or there is no payload.</summary>
    public ILwm2mContentCodec? Codec { get; }

    public Lwm2mDecodeResult? Decoded { get; }

    /// <summary>The decoded content when decoding succeeded.</summary>
    public Lwm2mContent? Content => Decoded is { IsValid: true } d ? d.Content : null;

    public IReadOnlyList<string> Location => Message.LocationPathSegments;

    /// <summary>Decodes with the codec <paramref name="codecs"/> returns for the response's Content-Format, if any.</summary>
    public static Lwm2mResponse From(CoapMessage message, Func<int, ILwm2mContentCodec?>? codecs = null, Lwm2mCodecContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Payload.IsEmpty || message.ContentFormat is not { } format || codecs?.Invoke(format) is not { } codec || context is null)
        {
            return new(message, null, null);
        }

        return new(message, codec, codec.Decode(message.Payload, context));
    }

    /// <summary>"2.05 Content (TLV): /3/0 ...", or the code with a decode error, or the code and payload size.</summary>
    public override string ToString() => (Codec, Decoded) switch
    {
        ({ } codec, { IsValid: true } decoded) => $"{Code.Describe()} ({codec.Name}): {decoded.Content}",
        ({ } codec, { } decoded) => $"{Code.Describe()} ({codec.Name}, undecodable: {string.Join("; ", decoded.Errors)}): {codec.Render(Payload)}",
        _ => Payload.IsEmpty ? Code.Describe() : $"{Code.Describe()} ({Payload.Length} B)",
    };
}
