using System.Reflection;
using System.Runtime.CompilerServices;
using Harness.Protocol.Lwm2m.Model;

namespace Harness.Testing.Plan;

/// <summary>
/// The shape of the plan model seen by reflection: which keys a mapping accepts and what kind of
/// value each takes. The loader binds with it and the schema agreement test walks it.
/// </summary>
public static class PlanModel
{
    /// <summary>The settable properties of a mapping type, as YAML keys.</summary>
    public static IReadOnlyList<PlanProperty> Properties(Type mappingType)
    {
        ArgumentNullException.ThrowIfNull(mappingType);
        return [.. mappingType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(property => property.SetMethod is { IsPublic: true })
            .Select(property => new PlanProperty(
                PlanNames.Key(property.Name), property, property.IsDefined(typeof(RequiredMemberAttribute))))];
    }

    /// <summary>T for IReadOnlyList&lt;T&gt;, else null.</summary>
    public static Type? ListElementType(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>) ? type.GetGenericArguments()[0] : null;
    }

    /// <summary>T for IReadOnlyDictionary&lt;string, T&gt;, else null.</summary>
    public static Type? DictionaryValueType(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>) ? type.GetGenericArguments()[1] : null;
    }

    /// <summary>True for the types written as a single YAML scalar.</summary>
    public static bool IsScalar(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var plain = Nullable.GetUnderlyingType(type) ?? type;
        return plain == typeof(string) || plain == typeof(int) || plain == typeof(double) || plain == typeof(bool)
            || plain == typeof(VersionNumber) || plain.IsEnum;
    }
}
