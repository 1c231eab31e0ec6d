namespace Harness.Protocol.Coap.Tcp;

/// <summary>
/// The one signaling rule the generic options scan cannot see: a critical (odd) option the code does
/// not define means the receiver must abort the connection; elective ones are ignored (RFC 8323 §5.2).
/// </summary>
internal static class SignalingOptionRules
{
    public const string UnknownCriticalRule = "COAP-TCP-SIG-CRITICAL";

    /// <summary>Checks options that already passed the scanner (<paramref name="start"/>..<paramref name="end"/> of <paramref name="frame"/>).</summary>
    public static CoapFormatError? FindUnknownCritical(ReadOnlySpan<byte> frame, int start, int end, CoapCode code)
    {
        int position = start;
        int number = 0;
        while (position < end)
        {
            int headerOffset = position;
            byte first = frame[position++];
            int delta = ReadExtended(frame, ref position, first >> 4);
            int length = ReadExtended(frame, ref position, first & 0x0F);
            number += delta;
            position += length;
            if (OptionNumber.IsCritical(number) && SignalingOptionRegistry.Find(code, number) is null)
            {
                return new CoapFormatError(
                    UnknownCriticalRule,
                    $"{code.Describe()} carries critical signaling option {number}, which that code does not define",
                    headerOffset,
                    "RFC 8323 §5.2");
            }
        }

        return null;
    }

    private static int ReadExtended(ReadOnlySpan<byte> frame, ref int position, int nibble)
    {
        switch (nibble)
        {
            case 13:
                return frame[position++] + 13;
            case 14:
                int value = ((frame[position] << 8) | frame[position + 1]) + 269;
                position += 2;
                return value;
            default:
                return nibble;
        }
    }
}
