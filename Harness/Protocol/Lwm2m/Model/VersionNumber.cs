using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Harness.Protocol.Lwm2m.Model;

/// <summary>A "major.minor" version: an object version ("1.2") or an LwM2M enabler version ("1.1").</summary>
public readonly record struct VersionNumber : IComparable<VersionNumber>, IComparable
{
    public VersionNumber(int major, int minor)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(major);
        ArgumentOutOfRangeException.ThrowIfNegative(minor);
        Major = major;
        Minor = minor;
    }

    /// <summary>1.0: the version of an object definition, or LwM2M version, that states none.</summary>
    public static VersionNumber Default => new(1, 0);

    public int Major { get; }

    public int Minor { get; }

    public static VersionNumber Parse(string text) =>
        TryParse(text, out var version) ? version : throw new FormatException($"\"{text}\" is not a major.minor version");

    /// <summary>Accepts exactly "digits.digits" without signs, spaces or leading zeros (other than a lone 0).</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out VersionNumber version)
    {
        version = default;
        var dot = text?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        if (text is null || dot < 0
            || !TryParsePart(text.AsSpan(0, dot), out var major)
            || !TryParsePart(text.AsSpan(dot + 1), out var minor))
        {
            return false;
        }

        version = new VersionNumber(major, minor);
        return true;
    }

    public int CompareTo(VersionNumber other) =>
        Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        VersionNumber other => CompareTo(other),
        _ => throw new ArgumentException($"Cannot compare a version with {obj.GetType().Name}", nameof(obj)),
    };

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}");

    public static bool operator <(VersionNumber left, VersionNumber right) => left.CompareTo(right) < 0;

    public static bool operator <=(VersionNumber left, VersionNumber right) => left.CompareTo(right) <= 0;

    public static bool operator >(VersionNumber left, VersionNumber right) => left.CompareTo(right) > 0;

    public static bool operator >=(VersionNumber left, VersionNumber right) => left.CompareTo(right) >= 0;

    private static bool TryParsePart(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        if (text.IsEmpty || text.Length > 4 || (text.Length > 1 && text[0] == '0'))
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        value = int.Parse(text, CultureInfo.InvariantCulture);
        return true;
    }
}
