using System.Collections.Immutable;

namespace Harness.Protocol.Lwm2m.Content.Tlv;

/// <summary>
/// Syntax tier: one TLV record with its children (for object instances and multiple resources) and the
/// wire widths of its identifier and length. Records read from bytes keep their header; records built in
/// code use the minimal widths unless <see cref="WithWidths"/> asks for others (to write unusual but valid
/// encodings on purpose).
/// </summary>
public sealed class TlvRecord
{
    private TlvRecord(TlvIdentifierType type, int id, ReadOnlyMemory<byte> value, ImmutableArray<TlvRecord> children, int identifierLength, int? lengthFieldLength, TlvHeader? header)
    {
        Type = type;
        Id = id;
        Value = value;
        Children = children;
        IdentifierLength = identifierLength;
        RequestedLengthFieldLength = lengthFieldLength;
        Header = header;
    }

    public TlvIdentifierType Type { get; }

    public int Id { get; }

    /// <summary>The value bytes: a leaf's value, or a container's children as read (empty for containers built in code).</summary>
    public ReadOnlyMemory<byte> Value { get; }

    public ImmutableArray<TlvRecord> Children { get; }

    public bool IsContainer => Type is TlvIdentifierType.ObjectInstance or TlvIdentifierType.MultipleResource;

    /// <summary>1 or 2 identifier bytes.</summary>
    public int IdentifierLength { get; }

    /// <summary>The header as read; null for records built in code.</summary>
    public TlvHeader? Header { get; }

    internal int? RequestedLengthFieldLength { get; }

    /// <summary>A resource or resource instance with its value bytes, minimal widths.</summary>
    public static TlvRecord Leaf(TlvIdentifierType type, int id, ReadOnlySpan<byte> value)
    {
        if (type is TlvIdentifierType.ObjectInstance or TlvIdentifierType.MultipleResource)
        {
            throw new ArgumentException($"{TlvNames.Of(type)} holds records, not bytes", nameof(type));
        }

        CheckId(id);
        return new TlvRecord(type, id, value.ToArray(), [], TlvHeaderWriter.MinimalIdentifierLength(id), null, null);
    }

    /// <summary>An object instance or multiple resource holding <paramref name="children"/>, minimal widths.</summary>
    public static TlvRecord Container(TlvIdentifierType type, int id, params IEnumerable<TlvRecord> children)
    {
        if (type is TlvIdentifierType.ResourceInstance or TlvIdentifierType.ResourceWithValue)
        {
            throw new ArgumentException($"{TlvNames.Of(type)} holds bytes, not records", nameof(type));
        }

        CheckId(id);
        return new TlvRecord(type, id, ReadOnlyMemory<byte>.Empty, [.. children], TlvHeaderWriter.MinimalIdentifierLength(id), null, null);
    }

    internal static TlvRecord FromWire(TlvHeader header, ReadOnlyMemory<byte> value, ImmutableArray<TlvRecord> children) =>
        new(header.Type, header.Id, value, children, header.IdentifierLength, header.LengthFieldLength, header);

    /// <summary>The same record written with the given widths (identifier 1 or 2 bytes; length field 0 to 3 bytes).</summary>
    public TlvRecord WithWidths(int identifierLength, int lengthFieldLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(identifierLength, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(identifierLength, 2);
        ArgumentOutOfRangeException.ThrowIfNegative(lengthFieldLength);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lengthFieldLength, 3);
        return new TlvRecord(Type, Id, Value, Children, identifierLength, lengthFieldLength, null);
    }

    public override string ToString() => IsContainer
        ? $"{TlvNames.Of(Type)} {Id} ({Children.Length} records)"
        : $"{TlvNames.Of(Type)} {Id} = 0x{Convert.ToHexStringLower(Value.Span)}";

    private static void CheckId(int id)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(id);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(id, 0xFFFF);
    }
}
