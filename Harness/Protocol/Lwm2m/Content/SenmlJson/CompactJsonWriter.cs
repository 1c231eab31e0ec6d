using System.Globalization;
using System.Text;

namespace Harness.Protocol.Lwm2m.Content.SenmlJson;

/// <summary>
/// Writes JSON without whitespace, escaping only what RFC 8259 §7 requires ('"', '\' and control
/// characters), so "+02:00" stays as it is and payloads match the specification's examples byte for byte.
/// </summary>
internal sealed class CompactJsonWriter
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private byte[] _buffer;
    private int _length;

    public CompactJsonWriter(int capacity = 256) => _buffer = new byte[capacity];

    public void Raw(ReadOnlySpan<byte> bytes)
    {
        bytes.CopyTo(Reserve(bytes.Length));
        _length += bytes.Length;
    }

    public void Byte(byte value)
    {
        Reserve(1)[0] = value;
        _length++;
    }

    /// <summary>Writes <c>"name":</c> (names here are fixed ASCII labels).</summary>
    public void Property(ReadOnlySpan<byte> name)
    {
        Byte((byte)'"');
        Raw(name);
        Raw("\":"u8);
    }

    /// <summary>A quoted string; throws for text that is not valid UTF-16 (a lone surrogate cannot travel).</summary>
    public void String(string text)
    {
        Byte((byte)'"');
        int run = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is '"' or '\\' or < ' ')
            {
                Utf8(text.AsSpan(run, i - run));
                Escape(c);
                run = i + 1;
            }
        }

        Utf8(text.AsSpan(run));
        Byte((byte)'"');
    }

    public void Number(long value) => Formatted(value);

    public void Number(ulong value) => Formatted(value);

    public void Number(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentException($"JSON has no number for {value}", nameof(value));
        }

        Formatted(value, "R");
    }

    public byte[] ToArray() => _buffer.AsSpan(0, _length).ToArray();

    private void Formatted<T>(T value, string? format = null)
        where T : IUtf8SpanFormattable
    {
        Span<byte> space = Reserve(32);
        if (!value.TryFormat(space, out int written, format, CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException($"{value} does not fit 32 bytes");
        }

        _length += written;
    }

    private void Utf8(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return;
        }

        int written = StrictUtf8.GetBytes(text, Reserve(StrictUtf8.GetMaxByteCount(text.Length)));
        _length += written;
    }

    private void Escape(char c)
    {
        ReadOnlySpan<byte> shortForm = c switch
        {
            '"' => "\\\""u8,
            '\\' => "\\\\"u8,
            '\n' => "\\n"u8,
            '\r' => "\\r"u8,
            '\t' => "\\t"u8,
            '\b' => "\\b"u8,
            '\f' => "\\f"u8,
            _ => default,
        };
        if (!shortForm.IsEmpty)
        {
            Raw(shortForm);
            return;
        }

        Raw("\\u00"u8);
        Byte((byte)"0123456789abcdef"[c >> 4]);
        Byte((byte)"0123456789abcdef"[c & 0xF]);
    }

    private Span<byte> Reserve(int count)
    {
        if (_length + count > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + count));
        }

        return _buffer.AsSpan(_length);
    }
}
