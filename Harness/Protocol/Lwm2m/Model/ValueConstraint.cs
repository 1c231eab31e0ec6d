using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Harness.Protocol.Lwm2m.Values;

namespace Harness.Protocol.Lwm2m.Model;

/// <summary>
/// The machine-readable part of a resource's "Range or Enumeration": numeric bounds or allowed values.
/// For String, Opaque and Corelnk resources the numbers bound the length in bytes (UTF-8 for text);
/// for numeric resources they bound the value. Free text in that column yields no constraint.
/// </summary>
public sealed class ValueConstraint : IEquatable<ValueConstraint>
{
    private ValueConstraint(ValueConstraintKind kind, bool appliesToLength, decimal minimum, decimal maximum, ImmutableArray<decimal> values)
    {
        Kind = kind;
        AppliesToLength = appliesToLength;
        Minimum = minimum;
        Maximum = maximum;
        Values = values;
    }

    public ValueConstraintKind Kind { get; }

    /// <summary>True when the numbers bound a length in bytes rather than a value.</summary>
    public bool AppliesToLength { get; }

    /// <summary>Lowest allowed number (the smallest listed value for an enumeration).</summary>
    public decimal Minimum { get; }

    /// <summary>Highest allowed number (the largest listed value for an enumeration).</summary>
    public decimal Maximum { get; }

    /// <summary>The listed values of an enumeration, ascending; empty for a range.</summary>
    public ImmutableArray<decimal> Values { get; }

    public static ValueConstraint Range(decimal minimum, decimal maximum, bool appliesToLength = false)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minimum, maximum);
        return new ValueConstraint(ValueConstraintKind.Range, appliesToLength, minimum, maximum, []);
    }

    public static ValueConstraint Enumeration(IEnumerable<decimal> values, bool appliesToLength = false)
    {
        var sorted = values.Distinct().Order().ToImmutableArray();
        if (sorted.IsEmpty)
        {
            throw new ArgumentException("An enumeration lists at least one value", nameof(values));
        }

        return new ValueConstraint(ValueConstraintKind.Enumeration, appliesToLength, sorted[0], sorted[^1], sorted);
    }

    /// <summary>
    /// Reads "min..max", "min-max" (non-negative bounds), "a,b,c" or "N bytes" (exactly N), each optionally
    /// followed by "bytes" or "byte". Null for an empty entry, for types without numbers (Boolean, Objlnk,
    /// none) and for text that has none of these shapes.
    /// </summary>
    public static ValueConstraint? Parse(string? text, Lwm2mDataType type) => ValueConstraintParser.Parse(text, type);

    /// <summary>
    /// True when <paramref name="value"/> lies inside the constraint. Values of a type the constraint does
    /// not speak about (booleans, links, or a number checked against a length) are allowed.
    /// </summary>
    public bool Allows(Lwm2mValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (AppliesToLength)
        {
            return value switch
            {
                StringValue s => Contains(Encoding.UTF8.GetByteCount(s.Value)),
                CorelnkValue c => Contains(Encoding.UTF8.GetByteCount(c.Value)),
                OpaqueValue o => Contains(o.Length),
                _ => true,
            };
        }

        return value switch
        {
            IntegerValue i => Contains(i.Value),
            UnsignedIntegerValue u => Contains(u.Value),
            TimeValue t => Contains(t.Value),
            FloatValue f => ContainsDouble(f.Value),
            _ => true,
        };
    }

    public bool Equals(ValueConstraint? other) =>
        other is not null && Kind == other.Kind && AppliesToLength == other.AppliesToLength
        && Minimum == other.Minimum && Maximum == other.Maximum && Values.SequenceEqual(other.Values);

    public override bool Equals(object? obj) => Equals(obj as ValueConstraint);

    public override int GetHashCode() => HashCode.Combine(Kind, AppliesToLength, Minimum, Maximum, Values.Length);

    /// <summary>Canonical text, e.g. "0..255", "0..255 bytes" or "16,32,48 bytes".</summary>
    public override string ToString()
    {
        var numbers = Kind == ValueConstraintKind.Range
            ? string.Create(CultureInfo.InvariantCulture, $"{Minimum}..{Maximum}")
            : string.Join(",", Values.Select(v => v.ToString(CultureInfo.InvariantCulture)));
        return AppliesToLength ? numbers + " bytes" : numbers;
    }

    private bool Contains(decimal number) =>
        Kind == ValueConstraintKind.Range ? number >= Minimum && number <= Maximum : Values.Contains(number);

    private bool ContainsDouble(double number)
    {
        if (double.IsNaN(number))
        {
            return false;
        }

        return Kind == ValueConstraintKind.Range
            ? number >= (double)Minimum && number <= (double)Maximum
            : Values.Any(v => (double)v == number);
    }
}
