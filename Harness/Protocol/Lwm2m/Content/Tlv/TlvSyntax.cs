using System.Collections.Immutable;
using Harness.Protocol.Coap;

namespace Harness.Protocol.Lwm2m.Content.Tlv;

/// <summary>
/// Syntax tier of the TLV format (LwM2M Core §7.4.3): bytes to a tree of records and back, without the
/// object model. Nesting is checked here (object instances hold resources, multiple resources hold
/// resource instances); what the request path allows at top level is the meaning tier's business.
/// </summary>
public static class TlvSyntax
{
    /// <summary>Reads every record; never throws.</summary>
    public static TlvSyntaxResult Parse(ReadOnlyMemory<byte> payload, CoapDecodeMode mode = CoapDecodeMode.Strict)
    {
        var errors = new List<CoapFormatError>();
        var records = ReadRegion(payload, 0, payload.Length, null, mode, errors);
        if (mode == CoapDecodeMode.Strict && errors.FirstOrDefault(e => e.Level == RequirementLevel.Must) is { } rejection)
        {
            return new TlvSyntaxResult([], [rejection]);
        }

        return new TlvSyntaxResult(records, errors);
    }

    /// <summary>Writes records in order, each with its own widths; throws when a width cannot hold an id or length.</summary>
    public static byte[] Write(IEnumerable<TlvRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var list = records.ToList();
        var buffer = new byte[list.Sum(EncodedLength)];
        int at = 0;
        foreach (var record in list)
        {
            at += Write(record, buffer.AsSpan(at));
        }

        return buffer;
    }

    private static ImmutableArray<TlvRecord> ReadRegion(ReadOnlyMemory<byte> payload, int start, int end, TlvHeader? parent, CoapDecodeMode mode, List<CoapFormatError> errors)
    {
        var records = ImmutableArray.CreateBuilder<TlvRecord>();
        var reader = new TlvReader(payload.Span, start, end);
        CoapFormatError? error;
        while (reader.Read(out var header, out error))
        {
            if (!Add(error, mode, errors) || (header.HasIgnoredLengthBits && !Add(TlvSyntaxRules.IgnoredLengthBits(header), mode, errors)))
            {
                return [];
            }

            if (parent is { } container && !TlvSyntaxRules.MayContain(container.Type, header.Type)
                && !Add(TlvSyntaxRules.Nesting(container, header), mode, errors))
            {
                return [];
            }

            var children = header.IsContainer
                ? ReadRegion(payload, header.ValueOffset, header.End, header, mode, errors)
                : [];
            if (mode == CoapDecodeMode.Strict && errors.Any(e => e.Level == RequirementLevel.Must))
            {
                return [];
            }

            records.Add(TlvRecord.FromWire(header, payload.Slice(header.ValueOffset, header.ValueLength), children));
        }

        Add(error, mode, errors);
        return records.DrainToImmutable();
    }

    /// <summary>Records the error; false when strict decoding must stop here.</summary>
    private static bool Add(CoapFormatError? error, CoapDecodeMode mode, List<CoapFormatError> errors)
    {
        if (error is null)
        {
            return true;
        }

        errors.Add(error);
        return mode == CoapDecodeMode.Lax || error.Level != RequirementLevel.Must;
    }

    private static int ValueLength(TlvRecord record) => record.IsContainer ? record.Children.Sum(EncodedLength) : record.Value.Length;

    private static int EncodedLength(TlvRecord record)
    {
        int valueLength = ValueLength(record);
        int lengthField = record.RequestedLengthFieldLength ?? TlvHeaderWriter.MinimalLengthFieldLength(valueLength);
        return 1 + record.IdentifierLength + lengthField + valueLength;
    }

    private static int Write(TlvRecord record, Span<byte> destination)
    {
        int valueLength = ValueLength(record);
        int lengthField = record.RequestedLengthFieldLength ?? TlvHeaderWriter.MinimalLengthFieldLength(valueLength);
        int at = TlvHeaderWriter.Write(destination, record.Type, record.Id, valueLength, record.IdentifierLength, lengthField);
        if (!record.IsContainer)
        {
            record.Value.Span.CopyTo(destination[at..]);
            return at + valueLength;
        }

        foreach (var child in record.Children)
        {
            at += Write(child, destination[at..]);
        }

        return at;
    }
}
