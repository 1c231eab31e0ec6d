namespace Harness.Protocol.Lwm2m.Content.Tlv;

/// <summary>
/// The header of one TLV record as read from the wire: type byte, identifier and value length, with the
/// absolute byte offset of the type byte. <see cref="ValueLength"/> is what the record really spans;
/// it is shorter than <see cref="DeclaredLength"/> only when a lax reading clamped an overrunning length.
/// </summary>
public readonly record struct TlvHeader(byte TypeByte, int Id, int Offset, int HeaderLength, int DeclaredLength, int ValueLength)
{
    public TlvIdentifierType Type => (TlvIdentifierType)(TypeByte >> 6);

    /// <summary>1 or 2 bytes (bit 5).</summary>
    public int IdentifierLength => (TypeByte & 0x20) == 0 ? 1 : 2;

    /// <summary>0 when the length sits in bits 2-0; otherwise 1, 2 or 3 bytes (bits 4-3).</summary>
    public int LengthFieldLength => (TypeByte >> 3) & 0x3;

    /// <summary>True when a length field is present and bits 2-0, which receivers ignore, are not zero.</summary>
    public bool HasIgnoredLengthBits => LengthFieldLength != 0 && (TypeByte & 0x7) != 0;

    public bool IsContainer => Type is TlvIdentifierType.ObjectInstance or TlvIdentifierType.MultipleResource;

    public bool IsTruncated => ValueLength < DeclaredLength;

    public int ValueOffset => Offset + HeaderLength;

    public int End => ValueOffset + ValueLength;

    /// <summary>"Resource 9", "Object Instance 0" and so on, for messages.</summary>
    public string Describe() => $"{TlvNames.Of(Type)} {Id}";
}
