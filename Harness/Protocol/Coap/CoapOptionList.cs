using System.Collections;

namespace Harness.Protocol.Coap;

/// <summary>
/// The options of a message, held as their validated wire encoding so that decoding needs no
/// allocation per option; enumeration yields slices of that encoding.
/// </summary>
public readonly struct CoapOptionList : IEnumerable<CoapOption>, IEquatable<CoapOptionList>
{
    private readonly ReadOnlyMemory<byte> encoded;

    /// <summary>Wraps bytes that already passed validation (the decoder or <see cref="Encode"/>).</summary>
    internal CoapOptionList(ReadOnlyMemory<byte> encoded, int count)
    {
        this.encoded = encoded;
        Count = count;
    }

    public static CoapOptionList None => default;

    /// <summary>The options exactly as they appear on the wire (without payload marker).</summary>
    public ReadOnlyMemory<byte> Encoded => encoded;

    public int Count { get; }

    /// <summary>Encodes options in ascending number order, keeping the given order among equal numbers.</summary>
    public static CoapOptionList Encode(IEnumerable<CoapOption> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var sorted = options.Select((o, i) => (o, i)).OrderBy(p => p.o.Number).ThenBy(p => p.i).Select(p => p.o).ToArray();
        if (sorted.Length == 0)
        {
            return None;
        }

        int size = 0;
        int previous = 0;
        foreach (var option in sorted)
        {
            size += OptionHeader.Size(option.Number - previous, option.Value.Length) + option.Value.Length;
            previous = option.Number;
        }

        var buffer = new byte[size];
        int position = 0;
        previous = 0;
        foreach (var option in sorted)
        {
            position += OptionHeader.Write(buffer.AsSpan(position), option.Number - previous, option.Value.Length);
            option.Value.Span.CopyTo(buffer.AsSpan(position));
            position += option.Value.Length;
            previous = option.Number;
        }

        return new CoapOptionList(buffer, sorted.Length);
    }

    public bool Contains(int number) => TryGetFirst(number, out _);

    public bool TryGetFirst(int number, out CoapOption option)
    {
        foreach (var candidate in this)
        {
            if (candidate.Number == number)
            {
                option = candidate;
                return true;
            }

            if (candidate.Number > number)
            {
                break;
            }
        }

        option = default;
        return false;
    }

    public IReadOnlyList<CoapOption> GetAll(int number) => this.Where(o => o.Number == number).ToList();

    public IReadOnlyList<string> GetStrings(int number) => this.Where(o => o.Number == number).Select(o => o.GetString()).ToList();

    public uint? GetUInt(int number) => TryGetFirst(number, out var option) ? option.GetUInt() : null;

    public Enumerator GetEnumerator() => new(encoded);

    IEnumerator<CoapOption> IEnumerable<CoapOption>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public bool Equals(CoapOptionList other) => encoded.Span.SequenceEqual(other.encoded.Span);

    public override bool Equals(object? obj) => obj is CoapOptionList other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.AddBytes(encoded.Span);
        return hash.ToHashCode();
    }

    public static bool operator ==(CoapOptionList left, CoapOptionList right) => left.Equals(right);

    public static bool operator !=(CoapOptionList left, CoapOptionList right) => !left.Equals(right);

    /// <summary>Walks validated option bytes; it stops at the end of the encoding.</summary>
    public struct Enumerator : IEnumerator<CoapOption>
    {
        private readonly ReadOnlyMemory<byte> encoded;
        private int position;
        private int number;

        internal Enumerator(ReadOnlyMemory<byte> encoded)
        {
            this.encoded = encoded;
            position = 0;
            number = 0;
            Current = default;
        }

        public CoapOption Current { get; private set; }

        readonly object IEnumerator.Current => Current;

        public bool MoveNext()
        {
            var span = encoded.Span;
            if (position >= span.Length)
            {
                return false;
            }

            byte first = span[position++];
            int delta = ReadExtended(span, first >> 4);
            int length = ReadExtended(span, first & 0x0F);
            number += delta;
            Current = new CoapOption(number, encoded.Slice(position, length));
            position += length;
            return true;
        }

        private int ReadExtended(ReadOnlySpan<byte> span, int nibble)
        {
            switch (nibble)
            {
                case 13:
                    return span[position++] + 13;
                case 14:
                    int value = (span[position] << 8) | span[position + 1];
                    position += 2;
                    return value + 269;
                default:
                    return nibble;
            }
        }

        public void Reset()
        {
            position = 0;
            number = 0;
        }

        public readonly void Dispose()
        {
        }
    }
}
