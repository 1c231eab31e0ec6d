using System.Text;
using System.Text.Json;

namespace Harness.Protocol.Lwm2m.Content.SenmlJson;

/// <summary>JSON text helpers both JSON content formats share: reader options, UTF-8 and error offsets, token values.</summary>
internal static class JsonPayload
{
    /// <summary>No comments, no trailing commas (RFC 8259); nesting beyond what SenML needs is refused early.</summary>
    public static JsonReaderOptions ReaderOptions { get; } = new()
    {
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
        MaxDepth = 16,
    };

    /// <summary>Offset of the first byte that is not part of well-formed UTF-8, or -1 (RFC 8259 §8.1).</summary>
    public static int FindInvalidUtf8(ReadOnlySpan<byte> payload)
    {
        if (System.Text.Unicode.Utf8.IsValid(payload))
        {
            return -1;
        }

        int offset = 0;
        while (offset < payload.Length)
        {
            if (Rune.DecodeFromUtf8(payload[offset..], out _, out int consumed) != System.Buffers.OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return -1;
    }

    /// <summary>The byte offset a reader exception points at: its line and byte position turned into one offset.</summary>
    public static int ErrorOffset(JsonException exception, ReadOnlySpan<byte> payload)
    {
        long line = exception.LineNumber ?? 0;
        int lineStart = 0;
        for (int i = 0; i < payload.Length && line > 0; i++)
        {
            if (payload[i] == (byte)'\n')
            {
                line--;
                lineStart = i + 1;
            }
        }

        long offset = lineStart + (exception.BytePositionInLine ?? 0);
        return (int)Math.Clamp(offset, 0, payload.Length);
    }

    /// <summary>The reader's message without its own position suffix (the offset travels separately).</summary>
    public static string SyntaxMessage(JsonException exception)
    {
        string message = exception.Message;
        int position = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return "Not well-formed JSON: " + (position > 0 ? message[..position] : message);
    }

    /// <summary>The string token's text; false when an escape yields no Unicode text (a lone surrogate).</summary>
    public static bool TryGetString(ref Utf8JsonReader reader, out string text)
    {
        try
        {
            text = reader.GetString() ?? string.Empty;
            return true;
        }
        catch (InvalidOperationException)
        {
            text = string.Empty;
            return false;
        }
    }

    /// <summary>The number token, exact when it is a 64-bit integer; false for numbers beyond a double's range.</summary>
    public static bool TryGetNumber(ref Utf8JsonReader reader, out SenmlNumber number)
    {
        if (reader.TryGetInt64(out long int64))
        {
            number = SenmlNumber.FromInt64(int64);
            return true;
        }

        if (reader.TryGetUInt64(out ulong uint64))
        {
            number = SenmlNumber.FromUInt64(uint64);
            return true;
        }

        if (reader.TryGetDouble(out double value) && double.IsFinite(value))
        {
            number = SenmlNumber.FromDouble(value);
            return true;
        }

        number = default;
        return false;
    }

    /// <summary>A short name of a token type for messages ("a string", "a number").</summary>
    public static string Describe(JsonTokenType type) => type switch
    {
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.StartObject => "an object",
        _ => type.ToString(),
    };
}
