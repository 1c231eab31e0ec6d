using System.Globalization;
using System.Text;
using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m.Content.Cbor;

namespace Harness.Protocol.Lwm2m.Content.SenmlCbor;

/// <summary>
/// What a failure report shows of a SenML CBOR payload: the diagnostic notation, then the records resolved
/// (full name, value, time, unit, offset) and any syntax findings. Never throws.
/// </summary>
internal static class SenmlRender
{
    public static string Render(ReadOnlyMemory<byte> payload)
    {
        var text = new StringBuilder(CborDiagnosticNotation.Render(payload));
        var errors = new DecodeErrors(CoapDecodeMode.Lax);
        var records = SenmlCborReader.Read(payload, errors);
        if (records is { Count: > 0 })
        {
            text.Append('\n').Append("SenML records resolved (offset, name, value, time, unit):");
            foreach (var record in SenmlResolver.Resolve(records))
            {
                text.Append('\n').Append(CultureInfo.InvariantCulture, $"  @{record.Offset,-4} {record.Name,-24} {Value(record.Value),-28}");
                text.Append(record.Time is { } t ? " t=" + CborDiagnosticNotation.Number(t) : string.Empty);
                text.Append(record.Unit is { } u ? " u=" + u : string.Empty);
            }
        }

        foreach (var error in errors.All)
        {
            text.Append('\n').Append("  finding: ").Append(error);
        }

        return text.ToString();
    }

    private static string Value(WireValue? value) => value is { } v
        ? v.Kind switch
        {
            WireValueKind.Text => "vs " + v,
            WireValueKind.Boolean => "vb " + v,
            WireValueKind.Bytes => "vd " + v,
            WireValueKind.ObjectLinkText => "vlo " + v,
            _ => "v " + v,
        }
        : "(no value)";
}
