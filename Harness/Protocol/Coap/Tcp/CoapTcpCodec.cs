using System.Buffers;

namespace Harness.Protocol.Coap.Tcp;

/// <summary>
/// CoAP over TCP framing (RFC 8323 §3.2): Len/TKL, Extended Length, Code, Token, Options, Payload.
/// Type and Message ID are not on the wire: encoding ignores them and decoding leaves them at their
/// defaults. Reading is incremental: a buffer holding part of a frame yields
/// <see cref="CoapTcpReadStatus.NeedMoreData"/> and consumes nothing, and so does a rejected frame.
/// </summary>
public static class CoapTcpCodec
{
    /// <summary>No Max-Message-Size limit beyond what a buffer can hold.</summary>
    public const long Unlimited = long.MaxValue;

    public static int GetEncodedLength(CoapMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        long body = GetBodyLength(message);
        long total = 2 + CoapTcpLength.ExtensionSize(CoapTcpLength.Nibble(body)) + message.Token.Length + body;
        return total <= Array.MaxLength
            ? (int)total
            : throw new ArgumentException($"A frame of {total} bytes cannot be held in one buffer", nameof(message));
    }

    public static byte[] Encode(CoapMessage message)
    {
        var buffer = new byte[GetEncodedLength(message)];
        Encode(message, buffer);
        return buffer;
    }

    /// <summary>Writes the frame into <paramref name="destination"/> and returns the length written.</summary>
    public static int Encode(CoapMessage message, Span<byte> destination)
    {
        int length = GetEncodedLength(message);
        if (destination.Length < length)
        {
            throw new ArgumentException($"Destination of {destination.Length} bytes is shorter than the {length}-byte frame", nameof(destination));
        }

        long body = GetBodyLength(message);
        destination[0] = (byte)((CoapTcpLength.Nibble(body) << 4) | message.Token.Length);
        int position = 1 + CoapTcpLength.WriteExtension(destination[1..], body);
        destination[position++] = message.Code.Value;
        message.Token.Span.CopyTo(destination[position..]);
        position += message.Token.Length;
        message.Options.Encoded.Span.CopyTo(destination[position..]);
        position += message.Options.Encoded.Length;
        if (!message.Payload.IsEmpty)
        {
            destination[position++] = CoapUdpCodec.PayloadMarker;
            message.Payload.Span.CopyTo(destination[position..]);
            position += message.Payload.Length;
        }

        return position;
    }

    /// <summary>
    /// Reads the frame at the front of <paramref name="buffer"/>. The message refers to
    /// <paramref name="buffer"/> without copying. Error offsets count from the frame's first byte.
    /// </summary>
    public static CoapTcpReadStatus TryReadFrame(
        ReadOnlyMemory<byte> buffer,
        CoapDecodeMode mode,
        out int consumed,
        out CoapDecodeResult result,
        long maxMessageSize = Unlimited) =>
        mode == CoapDecodeMode.Strict
            ? CoapTcpStrictDecoder.TryRead(buffer, maxMessageSize, out consumed, out result)
            : CoapTcpLaxDecoder.TryRead(buffer, maxMessageSize, out consumed, out result);

    /// <summary>Reads the frame at the front of <paramref name="buffer"/>; the message owns a copy of the frame.</summary>
    public static CoapTcpReadStatus TryReadFrame(
        ReadOnlySpan<byte> buffer,
        CoapDecodeMode mode,
        out int consumed,
        out CoapDecodeResult result,
        long maxMessageSize = Unlimited)
    {
        // An incomplete frame copies only its header, which is enough for the header's own rules.
        int take = Math.Min(buffer.Length, CoapTcpFrameHeader.MaxHeaderLength);
        if (CoapTcpFrameHeader.TryParse(buffer, out var header) && header.FrameLength <= buffer.Length)
        {
            take = (int)header.FrameLength;
        }

        return TryReadFrame(buffer[..take].ToArray().AsMemory(), mode, out consumed, out result, maxMessageSize);
    }

    /// <summary>Reads the frame at the front of a possibly segmented <paramref name="buffer"/> (as a pipe reader hands it over).</summary>
    public static CoapTcpReadStatus TryReadFrame(
        ReadOnlySequence<byte> buffer,
        CoapDecodeMode mode,
        out long consumed,
        out CoapDecodeResult result,
        long maxMessageSize = Unlimited)
    {
        CoapTcpReadStatus status;
        int read;
        if (buffer.IsSingleSegment)
        {
            status = TryReadFrame(buffer.First, mode, out read, out result, maxMessageSize);
        }
        else
        {
            Span<byte> head = stackalloc byte[CoapTcpFrameHeader.MaxHeaderLength];
            var headBytes = head[..(int)Math.Min(buffer.Length, head.Length)];
            buffer.Slice(0, headBytes.Length).CopyTo(headBytes);
            long available = buffer.Length;
            long take = CoapTcpFrameHeader.TryParse(headBytes, out var header) && header.FrameLength <= available ? header.FrameLength : headBytes.Length;
            // An incomplete frame copies only its header, which is enough for the header's own rules.
            status = TryReadFrame(buffer.Slice(0, take).ToArray().AsMemory(), mode, out read, out result, maxMessageSize);
        }

        consumed = read;
        return status;
    }

    /// <summary>Decodes one complete frame; bytes after it are an error (use TryReadFrame on streams).</summary>
    public static CoapDecodeResult Decode(ReadOnlyMemory<byte> frame, CoapDecodeMode mode = CoapDecodeMode.Strict, long maxMessageSize = Unlimited)
    {
        var status = TryReadFrame(frame, mode, out int consumed, out var result, maxMessageSize);
        return status switch
        {
            CoapTcpReadStatus.Frame when consumed == frame.Length => result,
            CoapTcpReadStatus.Frame => Append(result, new CoapFormatError("COAP-TCP-TRAILING", $"{frame.Length - consumed} bytes follow the end of the frame", consumed, "RFC 8323 §3.2"), mode),
            CoapTcpReadStatus.NeedMoreData => CoapDecodeResult.Failure(new CoapFormatError("COAP-TCP-TRUNCATED", $"Frame is incomplete: {frame.Length} bytes present", frame.Length, "RFC 8323 §3.2")),
            _ => result,
        };
    }

    /// <summary>Strict decode of one complete frame that throws <see cref="CoapFormatException"/> naming the violated rule.</summary>
    public static CoapMessage DecodeOrThrow(ReadOnlyMemory<byte> frame) => Decode(frame).GetMessageOrThrow();

    private static long GetBodyLength(CoapMessage message) =>
        message.Options.Encoded.Length + (message.Payload.IsEmpty ? 0L : 1L + message.Payload.Length);

    private static CoapDecodeResult Append(CoapDecodeResult result, CoapFormatError error, CoapDecodeMode mode) =>
        mode == CoapDecodeMode.Strict ? CoapDecodeResult.Failure(error) : new CoapDecodeResult(result.Message, [.. result.Errors, error]);
}
