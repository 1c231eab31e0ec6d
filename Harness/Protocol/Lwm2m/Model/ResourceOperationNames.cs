using System.Diagnostics.CodeAnalysis;

namespace Harness.Protocol.Lwm2m.Model;

/// <summary>The operation codes of object definition files: "R", "W", "RW", "E" and "" (none).</summary>
public static class ResourceOperationNames
{
    /// <summary>Every accepted code, for error messages.</summary>
    public static IReadOnlyList<string> All { get; } = ["R", "W", "RW", "E", ""];

    public static string ToName(this ResourceOperations operations) => operations switch
    {
        ResourceOperations.None => "",
        ResourceOperations.Read => "R",
        ResourceOperations.Write => "W",
        ResourceOperations.ReadWrite => "RW",
        ResourceOperations.Execute => "E",
        _ => throw new ArgumentOutOfRangeException(nameof(operations), operations, "Definitions combine only R and W"),
    };

    /// <summary>Exact, case-sensitive match against the codes of the schema.</summary>
    public static bool TryParse([NotNullWhen(true)] string? name, out ResourceOperations operations)
    {
        operations = name switch
        {
            "" => ResourceOperations.None,
            "R" => ResourceOperations.Read,
            "W" => ResourceOperations.Write,
            "RW" => ResourceOperations.ReadWrite,
            "E" => ResourceOperations.Execute,
            _ => (ResourceOperations)(-1),
        };
        return (int)operations >= 0;
    }
}
