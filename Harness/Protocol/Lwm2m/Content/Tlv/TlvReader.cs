using Harness.Protocol.Coap;

namespace Harness.Protocol.Lwm2m.Content.Tlv;

/// <summary>
/// Syntax tier: reads the TLV record headers of one region of a payload (the whole payload, or the value
/// of a container record) in wire order. Offsets are absolute within the payload. After a syntax error
/// the region is finished: a truncated header yields no record; an overrunning length yields the record
/// clamped to the bytes that remain, so a lax reader can still show them.
/// </summary>
internal ref struct TlvReader
{
    private readonly ReadOnlySpan<byte> _payload;
    private readonly int _end;
    private int _position;

    public TlvReader(ReadOnlySpan<byte> payload, int start, int end)
    {
        _payload = payload;
        _position = start;
        _end = end;
    }

    public TlvReader(ReadOnlySpan<byte> payload)
        : this(payload, 0, payload.Length)
    {
    }

    /// <summary>
    /// Reads the next header. False at the end of the region or when the header itself is cut off
    /// (then <paramref name="error"/> says so). True with an error when the length overruns the region.
    /// </summary>
    public bool Read(out TlvHeader header, out CoapFormatError? error)
    {
        error = null;
        header = default;
        int offset = _position;
        if (offset >= _end)
        {
            return false;
        }

        byte type = _payload[offset];
        int identifierLength = (type & 0x20) == 0 ? 1 : 2;
        int lengthFieldLength = (type >> 3) & 0x3;
        int headerLength = 1 + identifierLength + lengthFieldLength;
        if (_end - offset < headerLength)
        {
            _position = _end;
            error = Truncated(type, offset, headerLength, _end - offset);
            return false;
        }

        int at = offset + 1;
        int id = identifierLength == 1 ? _payload[at] : (_payload[at] << 8) | _payload[at + 1];
        at += identifierLength;
        int declared = lengthFieldLength switch
        {
            0 => type & 0x7,
            1 => _payload[at],
            2 => (_payload[at] << 8) | _payload[at + 1],
            _ => (_payload[at] << 16) | (_payload[at + 1] << 8) | _payload[at + 2],
        };
        int remaining = _end - offset - headerLength;
        if (declared > remaining)
        {
            header = new TlvHeader(type, id, offset, headerLength, declared, remaining);
            _position = _end;
            error = Overrun(header, remaining);
            return true;
        }

        header = new TlvHeader(type, id, offset, headerLength, declared, declared);
        _position = header.End;
        return true;
    }

    private static CoapFormatError Truncated(byte type, int offset, int needed, int remaining) => new(
        TlvRuleIds.HeaderTruncated,
        $"{TlvNames.Of((TlvIdentifierType)(type >> 6))} TLV header (type byte 0x{type:X2}) needs {needed} bytes but {remaining} remain at offset {offset}",
        offset,
        TlvClauses.Format);

    private static CoapFormatError Overrun(TlvHeader header, int remaining) => new(
        TlvRuleIds.LengthOverrun,
        $"{header.Describe()}: TLV length field says {header.DeclaredLength} but {remaining} bytes remain at offset {header.Offset}",
        header.Offset,
        TlvClauses.Format);
}
