using System.Globalization;

namespace Harness.Protocol.Lwm2m.Content.SenmlJson;

/// <summary>
/// A JSON number as read: its double value and, when the text is an integer that fits 64 bits, the exact
/// integer (a double loses integers above 2^53, which Integer and Unsigned Integer resources may hold).
/// </summary>
public readonly record struct SenmlNumber
{
    private SenmlNumber(SenmlNumberForm form, double value, long int64, ulong uint64)
    {
        Form = form;
        Double = value;
        Int64 = int64;
        UInt64 = uint64;
    }

    public SenmlNumberForm Form { get; }

    public double Double { get; }

    /// <summary>The exact value when <see cref="Form"/> is <see cref="SenmlNumberForm.Int64"/>.</summary>
    public long Int64 { get; }

    /// <summary>The exact value when <see cref="Form"/> is <see cref="SenmlNumberForm.UInt64"/>.</summary>
    public ulong UInt64 { get; }

    public static SenmlNumber FromInt64(long value) => new(SenmlNumberForm.Int64, value, value, 0);

    public static SenmlNumber FromUInt64(ulong value) => new(SenmlNumberForm.UInt64, value, 0, value);

    public static SenmlNumber FromDouble(double value) => new(SenmlNumberForm.Real, value, 0, 0);

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
