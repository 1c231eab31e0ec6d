using System.Globalization;
using System.Text;
using System.Text.Unicode;
using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m.Model;
using Harness.Protocol.Lwm2m.Values;

namespace Harness.Protocol.Lwm2m.Content.Tlv;

/// <summary>
/// The TLV tree for reports: one line per record, indented by nesting, with its type byte, identifier,
/// length and value in hex; values are typed when a context names the object and the model defines the
/// resource, and otherwise shown as text when they read as printable UTF-8. Violations follow the tree.
/// Never throws: the syntax is read laxly and every value reading is total.
/// </summary>
internal static class TlvRenderer
{
    private const int ShownBytes = 32;

    public static string Render(ReadOnlyMemory<byte> payload, Lwm2mCodecContext? context)
    {
        var parsed = TlvSyntax.Parse(payload, CoapDecodeMode.Lax);
        var path = context?.RequestPath ?? Lwm2mPath.Root;
        var definition = context is not null && !path.IsRoot ? Lwm2mContentModel.FindObject(context, path[0]) : null;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"TLV, {payload.Length} bytes, {parsed.Records.Length} top-level records");
        if (!path.IsRoot)
        {
            text.Append(CultureInfo.InvariantCulture, $", read of {path}");
            text.Append(definition is null ? " (object not in the model)" : $" ({definition})");
        }

        text.AppendLine();
        int? pathResource = path.Length >= 3 ? path[2] : null;
        foreach (var record in parsed.Records)
        {
            Append(text, record, 0, pathResource, definition);
        }

        foreach (var error in parsed.Errors)
        {
            text.Append(CultureInfo.InvariantCulture, $"! {error.Rule} at byte {error.Offset}: {error.Message}");
            text.AppendLine(error.Level == RequirementLevel.Should ? " (SHOULD)" : string.Empty);
        }

        return text.ToString();
    }

    private static void Append(StringBuilder text, TlvRecord record, int depth, int? resourceId, ObjectDefinition? definition)
    {
        var header = record.Header!.Value;
        text.Append(' ', depth * 2);
        text.Append(CultureInfo.InvariantCulture, $"{header.Describe()} @{header.Offset} [0x{header.TypeByte:X2}: id {8 * header.IdentifierLength}-bit, {LengthForm(header)}] length {header.ValueLength}");
        if (header.IsTruncated)
        {
            text.Append(CultureInfo.InvariantCulture, $" (declared {header.DeclaredLength}, truncated)");
        }

        if (record.IsContainer)
        {
            text.AppendLine();
            int? childResource = record.Type == TlvIdentifierType.MultipleResource ? record.Id : resourceId;
            foreach (var child in record.Children)
            {
                Append(text, child, depth + 1, childResource, definition);
            }

            return;
        }

        var bytes = record.Value.Span;
        text.Append(": ").Append(Convert.ToHexStringLower(bytes[..Math.Min(bytes.Length, ShownBytes)]));
        text.Append(bytes.Length > ShownBytes ? "…" : string.Empty);
        int? owner = record.Type == TlvIdentifierType.ResourceWithValue ? record.Id : resourceId;
        text.AppendLine(Interpret(bytes, owner, definition));
    }

    private static string Interpret(ReadOnlySpan<byte> bytes, int? resourceId, ObjectDefinition? definition)
    {
        var resource = resourceId is { } id ? Lwm2mContentModel.FindResource(definition, id) : null;
        if (resource is not null && resource.DataType is not (Lwm2mDataType.None or Lwm2mDataType.Opaque))
        {
            var value = TlvValueReader.Read(resource.DataType, bytes, out var problem);
            string name = $" ({resource.Name})";
            return value is null
                ? $" = not a {resource.DataType.ToName()} ({bytes.Length} bytes){name}"
                : problem == TlvValueProblem.None ? $" = {value}{name}" : $" = {value}, malformed{name}";
        }

        return bytes.Length > 0 && IsPrintable(bytes) ? $" = text \"{Encoding.UTF8.GetString(bytes)}\"" : string.Empty;
    }

    private static bool IsPrintable(ReadOnlySpan<byte> bytes)
    {
        if (!Utf8.IsValid(bytes))
        {
            return false;
        }

        foreach (char c in Encoding.UTF8.GetString(bytes))
        {
            if (char.IsControl(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string LengthForm(TlvHeader header) => header.LengthFieldLength == 0
        ? "length in type byte"
        : $"{8 * header.LengthFieldLength}-bit length";
}
