using System.Globalization;
using Harness.Protocol.Lwm2m.Values;

namespace Harness.Protocol.Lwm2m.Content.Cbor;

/// <summary>
/// A value as a CBOR payload carries it: the major type (or SenML field) says what it is, the object model
/// later says what it means. Syntax tiers produce these; <see cref="WireValueTyping"/> turns them into values.
/// </summary>
public readonly struct WireValue : IEquatable<WireValue>
{
    private readonly long _integer;
    private readonly double _float;
    private readonly object? _reference;

    private WireValue(WireValueKind kind, long integer, double number, object? reference)
    {
        Kind = kind;
        _integer = integer;
        _float = number;
        _reference = reference;
    }

    public WireValueKind Kind { get; }

    public long Integer => _integer;

    public ulong Unsigned => unchecked((ulong)_integer);

    public double Float => _float;

    public string Text => _reference as string ?? string.Empty;

    public ReadOnlyMemory<byte> Bytes => _reference as byte[] ?? [];

    public bool Boolean => _integer != 0;

    public static WireValue FromInteger(long value) => new(WireValueKind.Integer, value, 0, null);

    /// <summary>An integer from the unsigned range; values that fit a long become <see cref="WireValueKind.Integer"/>.</summary>
    public static WireValue FromUnsigned(ulong value) => value <= long.MaxValue
        ? FromInteger((long)value)
        : new(WireValueKind.UnsignedInteger, unchecked((long)value), 0, null);

    public static WireValue FromFloat(double value) => new(WireValueKind.Float, 0, value, null);

    public static WireValue FromText(string value) => new(WireValueKind.Text, 0, 0, value);

    public static WireValue FromBytes(byte[] value) => new(WireValueKind.Bytes, 0, 0, value);

    public static WireValue FromBoolean(bool value) => new(WireValueKind.Boolean, value ? 1 : 0, 0, null);

    public static WireValue FromObjectLinkText(string value) => new(WireValueKind.ObjectLinkText, 0, 0, value);

    /// <summary>The wire form of a typed value, as an encoder writes it.</summary>
    public static WireValue From(Lwm2mValue value) => value switch
    {
        StringValue s => FromText(s.Value),
        CorelnkValue c => FromText(c.Value),
        IntegerValue i => FromInteger(i.Value),
        TimeValue t => FromInteger(t.Value),
        UnsignedIntegerValue u => FromUnsigned(u.Value),
        FloatValue f => FromFloat(f.Value),
        BooleanValue b => FromBoolean(b.Value),
        OpaqueValue o => FromBytes(o.Value.ToArray()),
        ObjlnkValue l => FromObjectLinkText(l.Value.ToString()),
        _ => throw new ArgumentException($"No wire form for {value}", nameof(value)),
    };

    public bool Equals(WireValue other) => Kind == other.Kind && Kind switch
    {
        WireValueKind.Float => _float.Equals(other._float),
        WireValueKind.Bytes => Bytes.Span.SequenceEqual(other.Bytes.Span),
        WireValueKind.Text or WireValueKind.ObjectLinkText => Text == other.Text,
        _ => _integer == other._integer,
    };

    public override bool Equals(object? obj) => obj is WireValue other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Kind, _integer, _float, _reference is string s ? s.GetHashCode(StringComparison.Ordinal) : 0);

    public override string ToString() => Kind switch
    {
        WireValueKind.Integer => _integer.ToString(CultureInfo.InvariantCulture),
        WireValueKind.UnsignedInteger => Unsigned.ToString(CultureInfo.InvariantCulture),
        WireValueKind.Float => _float.ToString("R", CultureInfo.InvariantCulture),
        WireValueKind.Boolean => Boolean ? "true" : "false",
        WireValueKind.Bytes => "h'" + Convert.ToHexStringLower(Bytes.Span) + "'",
        _ => CborText.Quote(Text),
    };

    public static bool operator ==(WireValue left, WireValue right) => left.Equals(right);

    public static bool operator !=(WireValue left, WireValue right) => !left.Equals(right);
}
