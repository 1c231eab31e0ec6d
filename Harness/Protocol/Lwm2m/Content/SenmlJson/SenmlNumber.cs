using System.Globalization;

namespace Harness.Protocol.Lwm2m.Content.SenmlJson;

/// <summary>
/// A JSON number as read: its double value and, when the text is an integer that fits 64 bits, the exact
/// integer (a double loses integers above 2^53, which Integer and Unsigned Integer resources may hold).
/// </summary>
public readonly record struct SenmlNumber
{
    // One 64-bit field holds the exact integer of either form: records stay small.
    private readonly ulong _bits;

    private SenmlNumber(SenmlNumberForm form, double value, ulong bits)
    {
        Form = form;
        Double = value;
        _bits = bits;
    }

    public SenmlNumberForm Form { get; }

    public double Double { get; }

    /// <summary>The exact value when <see cref="Form"/> is <see cref="SenmlNumberForm.Int64"/>, else 0.</summary>
    public long Int64 => Form == SenmlNumberForm.Int64 ? unchecked((long)_bits) : 0;

    /// <summary>The exact value when <see cref="Form"/> is <see cref="SenmlNumberForm.UInt64"/>, else 0.</summary>
    public ulong UInt64 => Form == SenmlNumberForm.UInt64 ? _bits : 0;

    public static SenmlNumber FromInt64(long value) => new(SenmlNumberForm.Int64, value, unchecked((ulong)value));

    public static SenmlNumber FromUInt64(ulong value) => new(SenmlNumberForm.UInt64, value, value);

    public static SenmlNumber FromDouble(double value) => new(SenmlNumberForm.Real, value, 0);

    /// <summary>The sum of a base value and a value (RFC 8428 §4.6), exact while both are 64-bit integers.</summary>
    public SenmlNumber Add(SenmlNumber other)
    {
        if (Form == SenmlNumberForm.Int64 && other.Form == SenmlNumberForm.Int64)
        {
            long sum = unchecked(Int64 + other.Int64);
            bool overflow = ((Int64 ^ sum) & (other.Int64 ^ sum)) < 0;
            return overflow ? FromDouble(Double + other.Double) : FromInt64(sum);
        }

        return FromDouble(Double + other.Double);
    }

    public override string ToString() => Form switch
    {
        SenmlNumberForm.Int64 => Int64.ToString(CultureInfo.InvariantCulture),
        SenmlNumberForm.UInt64 => UInt64.ToString(CultureInfo.InvariantCulture),
        _ => Double.ToString("R", CultureInfo.InvariantCulture),
    };
}
