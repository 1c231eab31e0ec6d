namespace Harness.Testing.Plan;

/// <summary>How model names are spelled in YAML: properties and enum members in camelCase.</summary>
public static class PlanNames
{
    public static string Key(string memberName)
    {
        ArgumentException.ThrowIfNullOrEmpty(memberName);
        return char.ToLowerInvariant(memberName[0]) + memberName[1..];
    }

    public static string EnumValue<TEnum>(TEnum value)
        where TEnum : struct, Enum => Key(value.ToString());

    /// <summary>The YAML spellings of every member of <paramref name="enumType"/>, in declaration order.</summary>
    public static IReadOnlyList<string> EnumValues(Type enumType)
    {
        ArgumentNullException.ThrowIfNull(enumType);
        return [.. Enum.GetNames(enumType).Select(Key)];
    }
}
