namespace Harness.Protocol.Lwm2m.Values;

/// <summary>An opaque byte sequence; equality compares the bytes.</summary>
public sealed record OpaqueValue : Lwm2mValue
{
    private const int ShownBytes = 32;
    private readonly byte[] _bytes;

    /// <summary>Copies <paramref name="value"/>, so later changes to the caller's buffer do not leak in.</summary>
    public OpaqueValue(ReadOnlySpan<byte> value) => _bytes = value.ToArray();

    public ReadOnlyMemory<byte> Value => _bytes;

    public int Length => _bytes.Length;

    public override Lwm2mDataType DataType => Lwm2mDataType.Opaque;

    public bool Equals(OpaqueValue? other) => other is not null && _bytes.AsSpan().SequenceEqual(other._bytes);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.AddBytes(_bytes);
        return hash.ToHashCode();
    }

    public override string ToString()
    {
        var shown = Convert.ToHexStringLower(_bytes.AsSpan(0, Math.Min(_bytes.Length, ShownBytes)));
        var more = _bytes.Length > ShownBytes ? "…" : "";
        var unit = _bytes.Length == 1 ? "byte" : "bytes";
        return $"Opaque(0x{shown}{more}, {_bytes.Length} {unit})";
    }
}
