namespace Harness.Protocol.Coap;

/// <summary>
/// Walks the options region of a message (shared by the UDP decoder and the TCP framing) and reports
/// the first rule it breaks with the absolute byte offset. Allocates nothing on success.
/// </summary>
internal static class CoapOptionsScanner
{
    /// <summary>
    /// Scans from <paramref name="start"/>; on success <paramref name="optionsEnd"/> is the offset of the
    /// payload marker (or the end) and <paramref name="payloadStart"/> the first payload byte (or the end).
    /// <paramref name="baseOffset"/> is added to every reported offset (a frame's position in a stream).
    /// <paramref name="definitions"/> replaces <see cref="OptionRegistry"/> where option numbers mean
    /// something else, as in signaling messages whose numbers are per code (RFC 8323 §5.2).
    /// </summary>
    public static CoapFormatError? Scan(
        ReadOnlySpan<byte> buffer,
        int start,
        int baseOffset,
        out int optionsEnd,
        out int payloadStart,
        out int count,
        Func<int, OptionDefinition?>? definitions = null)
    {
        int position = start;
        int number = 0;
        count = 0;
        optionsEnd = buffer.Length;
        payloadStart = buffer.Length;
        while (position < buffer.Length)
        {
            int headerOffset = position;
            if (buffer[position] == CoapUdpCodec.PayloadMarker)
            {
                optionsEnd = headerOffset;
                if (position + 1 == buffer.Length)
                {
                    return new(CoapRuleIds.PayloadMarkerEmpty, "Payload marker 0xFF is followed by no payload", headerOffset + baseOffset, "RFC 7252 §3");
                }

                payloadStart = position + 1;
                return null;
            }

            int previous = number;
            var error = CoapOptionReader.ReadHeader(buffer, baseOffset, ref position, ref number, out int length)
                ?? CoapOptionReader.CheckDefinition(
                    definitions is null ? OptionRegistry.Lookup(number) : definitions(number), count > 0 && number == previous, length, headerOffset + baseOffset);
            if (error is not null)
            {
                return error;
            }

            position += length;
            count++;
        }

        return null;
    }
}
