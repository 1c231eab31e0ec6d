using System.Text;
using Harness.Protocol.Coap;

namespace Harness.Protocol.Templates;

/// <summary>Equality and display of template values: byte strings compare by content, not identity.</summary>
internal static class TemplateValues
{
    public static bool AreEqual(object expected, object actual) => (expected, actual) switch
    {
        (byte[] a, byte[] b) => a.AsSpan().SequenceEqual(b),
        (ReadOnlyMemory<byte> a, ReadOnlyMemory<byte> b) => a.Span.SequenceEqual(b.Span),
        (byte[] a, ReadOnlyMemory<byte> b) => a.AsSpan().SequenceEqual(b.Span),
        (ReadOnlyMemory<byte> a, byte[] b) => a.Span.SequenceEqual(b),
        _ => Equals(expected, actual),
    };

    public static string Describe(object? value) => value switch
    {
        null => "(nothing)",
        byte[] bytes => DescribeBytes(bytes),
        ReadOnlyMemory<byte> memory => DescribeBytes(memory.Span),
        CoapMessageType type => CoapMessage.TypeAbbreviation(type),
        CoapCode code => code.Describe(),
        string text => $"\"{text}\"",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "(nothing)",
    };

    /// <summary>Empty, hex, and the text when the bytes are printable UTF-8 (most LwM2M payloads are).</summary>
    public static string DescribeBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return "(empty)";
        }

        string hex = "0x" + Convert.ToHexStringLower(bytes);
        if (!System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return hex;
        }

        string text = Encoding.UTF8.GetString(bytes);
        return text.All(c => !char.IsControl(c)) ? $"\"{text}\" ({hex})" : hex;
    }
}
