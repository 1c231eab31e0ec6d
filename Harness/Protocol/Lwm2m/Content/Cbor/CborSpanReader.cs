using System.Buffers.Binary;
using System.Formats.Cbor;
using System.Runtime.CompilerServices;

namespace Harness.Protocol.Lwm2m.Content.Cbor;

/// <summary>
/// The forward-only CBOR reader of the content decoders. It accepts what <see cref="CborReader"/> accepts in
/// <see cref="CborConformanceMode.Lax"/> (well-formedness only: definite and indefinite lengths, every major type,
/// half, single and double floats, tags, any simple value) and fails the same way: a read either succeeds or throws
/// <see cref="CborContentException"/> with the reader still where that read started, so findings keep their offsets.
/// Definite lengths that the remaining bytes cannot hold fail at their head, as they do there. It allocates only what
/// it returns (the joined chunks of an indefinite-length string).
/// </summary>
internal ref partial struct CborSpanReader
{
    /// <summary>Containers the decoders open themselves (LwM2M CBOR: five maps and a key array); skipping has its own stack.</summary>
    private const int MaxOpen = 8;

    private const byte Break = 0xff;

    /// <summary>The state each initial byte announces: a table, since the decoders ask for every item.</summary>
    private static readonly CborReaderState[] States = BuildStates();

    private readonly ReadOnlyMemory<byte> _memory;
    private readonly ReadOnlySpan<byte> _data;
    private int _offset;
    private Frame _frame;
    private OpenFrames _parents;
    private int _depth;

    public CborSpanReader(ReadOnlyMemory<byte> payload)
    {
        _memory = payload;
        _data = payload.Span;
        _frame = new Frame(-1, isMap: false);
    }

    /// <summary>Bytes read so far: the offset of the next item.</summary>
    public readonly int Offset => _offset;

    public readonly int BytesRemaining => _data.Length - _offset;

    /// <summary>What comes next, as <see cref="CborReader.PeekState"/> names it; throws where that throws.</summary>
    public readonly CborReaderState PeekState()
    {
        if (_frame.Remaining == 0)
        {
            return _frame.IsMap ? CborReaderState.EndMap : CborReaderState.EndArray;
        }

        if (_offset == _data.Length)
        {
            return _depth == 0 ? CborReaderState.Finished : throw Malformed("the payload ends inside an array or map");
        }

        var initial = _data[_offset];
        if (initial != Break)
        {
            return States[initial];
        }

        if (_depth == 0 || _frame.Remaining > 0)
        {
            throw Malformed("a break byte outside an indefinite-length item");
        }

        if (_frame.IsMap && _frame.OddItems)
        {
            throw Malformed("an indefinite-length map ends between a key and its value");
        }

        return _frame.IsMap ? CborReaderState.EndMap : CborReaderState.EndArray;
    }

    /// <summary>Enters an array; gives the items it declares, or -1 for an indefinite length.</summary>
    public int ReadStartArray() => Open(isMap: false);

    public void ReadStartMap() => _ = Open(isMap: true);

    /// <summary>Leaves the innermost array; call it where <see cref="PeekState"/> says <see cref="CborReaderState.EndArray"/>.</summary>
    public void ReadEndArray() => Close();

    /// <summary>Leaves the innermost map; call it where <see cref="PeekState"/> says <see cref="CborReaderState.EndMap"/>.</summary>
    public void ReadEndMap() => Close();

    public ulong ReadUInt64()
    {
        var value = Argument(_data, _offset, out var headLength);
        Advance(headLength);
        return value;
    }

    /// <summary>A negative integer as its encoded magnitude n, standing for -1 - n.</summary>
    public ulong ReadCborNegativeIntegerRepresentation() => ReadUInt64();

    public double ReadDouble()
    {
        var size = FloatSize(_data[_offset]);
        Require(_data, _offset, 1 + size);
        var bits = _data.Slice(_offset + 1, size);
        double value = size switch
        {
            2 => (double)BinaryPrimitives.ReadHalfBigEndian(bits),
            4 => BinaryPrimitives.ReadSingleBigEndian(bits),
            _ => BinaryPrimitives.ReadDoubleBigEndian(bits),
        };
        Advance(1 + size);
        return value;
    }

    public bool ReadBoolean()
    {
        var value = _data[_offset] == 0xf5;
        Advance(1);
        return value;
    }

    public void ReadNull() => Advance(1);

    /// <summary>A definite-length byte or text string's content, as a slice of the payload.</summary>
    public ReadOnlyMemory<byte> ReadDefiniteLengthBytes()
    {
        var length = Length(_data, _offset, out var headLength);
        var content = _memory.Slice(_offset + headLength, length);
        Advance(headLength + length);
        return content;
    }

    /// <summary>A byte string of either length form, as a new array.</summary>
    public byte[] ReadByteString() => IsIndefinite(_data[_offset]) ? ReadJoinedChunks(out _).ToArray() : ReadDefiniteLengthBytes().ToArray();

    /// <summary>
    /// A text string's UTF-8 bytes: a slice of the payload when the length is definite, else the joined chunks.
    /// False when they are not valid UTF-8, each chunk judged on its own (the item is consumed either way).
    /// </summary>
    public bool TryReadUtf8(out ReadOnlyMemory<byte> utf8)
    {
        if (!IsIndefinite(_data[_offset]))
        {
            utf8 = ReadDefiniteLengthBytes();
            return System.Text.Unicode.Utf8.IsValid(utf8.Span);
        }

        utf8 = ReadJoinedChunks(out var valid);
        if (!valid)
        {
            utf8 = ReadOnlyMemory<byte>.Empty;
        }

        return valid;
    }

    private static CborReaderState[] BuildStates()
    {
        var states = new CborReaderState[256];
        for (var initial = 0; initial < states.Length; initial++)
        {
            states[initial] = StateOf((byte)initial);
        }

        return states;
    }

    private static CborReaderState StateOf(byte initial) => (initial >> 5) switch
    {
        0 => CborReaderState.UnsignedInteger,
        1 => CborReaderState.NegativeInteger,
        2 => IsIndefinite(initial) ? CborReaderState.StartIndefiniteLengthByteString : CborReaderState.ByteString,
        3 => IsIndefinite(initial) ? CborReaderState.StartIndefiniteLengthTextString : CborReaderState.TextString,
        4 => CborReaderState.StartArray,
        5 => CborReaderState.StartMap,
        6 => CborReaderState.Tag,
        _ => (initial & 0x1f) switch
        {
            20 or 21 => CborReaderState.Boolean,
            22 => CborReaderState.Null,
            25 => CborReaderState.HalfPrecisionFloat,
            26 => CborReaderState.SinglePrecisionFloat,
            27 => CborReaderState.DoublePrecisionFloat,
            _ => CborReaderState.SimpleValue,
        },
    };

    private static bool IsIndefinite(byte initial) => (initial & 0x1f) == 31;

    private static int FloatSize(byte initial) => (initial & 0x1f) switch
    {
        25 => 2,
        26 => 4,
        27 => 8,
        _ => throw new InvalidOperationException("not a float"),
    };

    private int Open(bool isMap)
    {
        var remaining = -1;
        var headLength = 1;
        if (!IsIndefinite(_data[_offset]))
        {
            var count = Length(_data, _offset, out headLength);
            if (isMap && 2L * count > _data.Length - _offset - headLength)
            {
                throw Malformed("a map declares more pairs than the payload has bytes");
            }

            remaining = isMap ? 2 * count : count;
        }

        if (_depth == MaxOpen)
        {
            throw new InvalidOperationException($"A content decoder opened more than {MaxOpen} nested containers");
        }

        _parents[_depth++] = _frame;
        _frame = new Frame(remaining, isMap);
        _offset += headLength;
        return remaining;
    }

    private void Close()
    {
        if (_frame.Remaining < 0)
        {
            _offset++;
        }

        _frame = _parents[--_depth];
        _frame.CountItem();
    }

    private void Advance(int length)
    {
        _offset += length;
        _frame.CountItem();
    }

    private ReadOnlyMemory<byte> ReadJoinedChunks(out bool validUtf8)
    {
        var end = ScanChunks(_data, _offset, out var total, out validUtf8);
        var joined = new byte[total];
        var target = 0;
        var position = _offset + 1;
        while (_data[position] != Break)
        {
            var length = Length(_data, position, out var headLength);
            _data.Slice(position + headLength, length).CopyTo(joined.AsSpan(target));
            target += length;
            position += headLength + length;
        }

        Advance(end - _offset);
        return joined;
    }

    /// <summary>The bytes after an item whose length the additional information gives, checked against the payload.</summary>
    private static int Length(ReadOnlySpan<byte> data, int at, out int headLength)
    {
        var length = Argument(data, at, out headLength);
        return length <= (ulong)(data.Length - at - headLength)
            ? (int)length
            : throw Malformed("a length runs past the end of the payload");
    }

    /// <summary>The argument of the head at <paramref name="at"/>: the additional information or the 1 to 8 bytes after it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Argument(ReadOnlySpan<byte> data, int at, out int headLength)
    {
        // Small arguments sit in the initial byte: most heads of a SenML or LwM2M CBOR payload are one byte.
        var info = data[at] & 0x1f;
        if (info < 24)
        {
            headLength = 1;
            return (ulong)info;
        }

        return WideArgument(data, at, info, out headLength);
    }

    /// <summary>An argument in the 1, 2, 4 or 8 bytes after the initial byte.</summary>
    private static ulong WideArgument(ReadOnlySpan<byte> data, int at, int info, out int headLength)
    {
        var size = info switch
        {
            24 => 1,
            25 => 2,
            26 => 4,
            27 => 8,
            _ => throw Malformed($"additional information {info} where a number or length must be"),
        };
        Require(data, at, 1 + size);
        headLength = 1 + size;
        var bytes = data.Slice(at + 1, size);
        return size switch
        {
            1 => bytes[0],
            2 => BinaryPrimitives.ReadUInt16BigEndian(bytes),
            4 => BinaryPrimitives.ReadUInt32BigEndian(bytes),
            _ => BinaryPrimitives.ReadUInt64BigEndian(bytes),
        };
    }

    private static void Require(ReadOnlySpan<byte> data, int at, int length)
    {
        if (data.Length - at < length)
        {
            throw Malformed("the payload ends inside an item");
        }
    }

    private static CborContentException Malformed(string message) => new(message);

    /// <summary>An open array or map: items left (definite) or -1 (indefinite), and for maps whether a key awaits its value.</summary>
    private struct Frame(int remaining, bool isMap)
    {
        public int Remaining = remaining;
        public readonly bool IsMap = isMap;
        public bool OddItems;

        public void CountItem()
        {
            if (Remaining > 0)
            {
                Remaining--;
            }

            OddItems = !OddItems;
        }
    }

    [InlineArray(MaxOpen)]
    private struct OpenFrames
    {
        private Frame _element;
    }
}
