using System.Diagnostics.CodeAnalysis;

namespace Harness.Protocol.Lwm2m.Values;

/// <summary>The names the specification and object definition files use for each data type.</summary>
public static class Lwm2mDataTypeNames
{
    private static readonly Dictionary<string, Lwm2mDataType> ByName = new(StringComparer.Ordinal)
    {
        [""] = Lwm2mDataType.None,
        ["String"] = Lwm2mDataType.String,
        ["Integer"] = Lwm2mDataType.Integer,
        ["Unsigned Integer"] = Lwm2mDataType.UnsignedInteger,
        ["Float"] = Lwm2mDataType.Float,
        ["Boolean"] = Lwm2mDataType.Boolean,
        ["Opaque"] = Lwm2mDataType.Opaque,
        ["Time"] = Lwm2mDataType.Time,
        ["Objlnk"] = Lwm2mDataType.Objlnk,
        ["Corelnk"] = Lwm2mDataType.Corelnk,
    };

    /// <summary>Every accepted name in the order of the specification, for error messages ("" is the executable type).</summary>
    public static IReadOnlyList<string> All { get; } =
        ["String", "Integer", "Unsigned Integer", "Float", "Boolean", "Opaque", "Time", "Objlnk", "Corelnk", ""];

    /// <summary>The name as written in the spec and in object definition files; "" for <see cref="Lwm2mDataType.None"/>.</summary>
    public static string ToName(this Lwm2mDataType type) => type switch
    {
        Lwm2mDataType.None => "",
        Lwm2mDataType.UnsignedInteger => "Unsigned Integer",
        _ when Enum.IsDefined(type) => type.ToString(),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown LwM2M data type"),
    };

    /// <summary>Exact, case-sensitive match against the names of the schema.</summary>
    public static bool TryParse([NotNullWhen(true)] string? name, out Lwm2mDataType type)
    {
        type = Lwm2mDataType.None;
        return name is not null && ByName.TryGetValue(name, out type);
    }
}
