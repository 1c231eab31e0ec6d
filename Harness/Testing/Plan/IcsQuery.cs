using Harness.Testing.Metadata;

namespace Harness.Testing.Plan;

/// <summary>
/// An ICS item a test case requires, and whether a plan's ICS supports it. Forms:
/// a static conformance id (LWM2M-BOOT-004-C-O), "object:N", "binding:udp", "contentFormat:tlv",
/// "security:psk", or "feature:name" (or the bare name) for a named optional feature.
/// </summary>
public static class IcsQuery
{
    private static readonly string[] Kinds = ["object", "binding", "contentFormat", "security", "feature"];

    /// <summary>Why <paramref name="item"/> is malformed, or null when it is well-formed.</summary>
    public static string? Problem(string item)
    {
        if (ConformanceIds.IsStaticConformanceId(item))
        {
            return null;
        }

        if (IsBareFeatureName(item))
        {
            return null;
        }

        var colon = item?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (item is null || colon < 0)
        {
            return $"\"{item}\" is neither a static conformance id nor one of {string.Join(", ", Kinds.Select(kind => kind + ":..."))}";
        }

        var kind = item[..colon];
        var value = item[(colon + 1)..];
        return kind switch
        {
            "object" => int.TryParse(value, out var id) && id is >= 0 and <= 65535 ? null : $"\"{item}\": object id must be 0 to 65535",
            "binding" => EnumProblem<BindingName>(item, value),
            "contentFormat" => EnumProblem<ContentFormatName>(item, value),
            "security" => EnumProblem<SecurityModeName>(item, value),
            "feature" => value.Length > 0 ? null : $"\"{item}\": feature name is empty",
            _ => $"\"{item}\": unknown kind \"{kind}\"{DidYouMean.Hint(kind, Kinds)}",
        };
    }

    /// <summary>Null when <paramref name="ics"/> supports <paramref name="item"/>; otherwise the reason it does not.</summary>
    public static string? Unsupported(string item, IcsSettings ics)
    {
        ArgumentNullException.ThrowIfNull(item);
        ArgumentNullException.ThrowIfNull(ics);
        if (ConformanceIds.IsStaticConformanceId(item))
        {
            return ics.Features.Contains(item, StringComparer.OrdinalIgnoreCase) ? null : $"ICS does not list static conformance item {item}";
        }

        if (Problem(item) is { } problem)
        {
            return $"malformed ICS item {problem}";
        }

        if (IsBareFeatureName(item))
        {
            return ics.Features.Contains(item, StringComparer.Ordinal) ? null : $"ICS does not support feature {item}";
        }

        var colon = item.IndexOf(':', StringComparison.Ordinal);
        var kind = item[..colon];
        var value = item[(colon + 1)..];
        var supported = kind switch
        {
            "object" => ics.Objects.Any(entry => entry.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) == value),
            "binding" => ics.Bindings.Any(entry => PlanNames.EnumValue(entry) == value),
            "contentFormat" => ics.ContentFormats.Any(entry => PlanNames.EnumValue(entry) == value),
            "security" => ics.SecurityModes.Any(entry => PlanNames.EnumValue(entry) == value),
            _ => ics.Features.Contains(value, StringComparer.Ordinal),
        };
        return supported ? null : $"ICS does not support {kind} {value}";
    }

    private static bool IsBareFeatureName(string? item) =>
        !string.IsNullOrEmpty(item) && char.IsAsciiLetter(item[0]) && item.All(char.IsAsciiLetterOrDigit)
        && !item.StartsWith("LWM2M", StringComparison.OrdinalIgnoreCase);

    private static string? EnumProblem<TEnum>(string item, string value)
        where TEnum : struct, Enum
    {
        var allowed = PlanNames.EnumValues(typeof(TEnum));
        return allowed.Contains(value) ? null : $"\"{item}\": expected one of {string.Join(", ", allowed)}{DidYouMean.Hint(value, allowed)}";
    }
}
