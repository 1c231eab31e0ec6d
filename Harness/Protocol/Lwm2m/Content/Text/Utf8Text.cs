using System.Text;

namespace Harness.Protocol.Lwm2m.Content.Text;

/// <summary>UTF-8 checks that say where the first bad byte is.</summary>
internal static class Utf8Text
{
    /// <summary>Offset of the first byte that starts no valid UTF-8 sequence, or -1 when all is valid.</summary>
    public static int FirstInvalid(ReadOnlySpan<byte> bytes)
    {
        int at = 0;
        while (at < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[at..], out _, out int consumed) != System.Buffers.OperationStatus.Done)
            {
                return at;
            }

            at += consumed;
        }

        return -1;
    }
}
