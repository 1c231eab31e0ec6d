namespace Harness.Protocol.Lwm2m;

/// <summary>
/// Object, instance, resource and resource-instance ids: 16-bit unsigned values where 65535 (MAX_ID) is
/// reserved and never names anything on the wire.
/// </summary>
public static class Lwm2mId
{
    /// <summary>The highest id that may name an Object, Object Instance, Resource or Resource Instance.</summary>
    public const int Max = 65534;

    /// <summary>MAX_ID: reserved; Objlnk uses it for the null link.</summary>
    public const int Reserved = 65535;

    /// <summary>Where the reservation of MAX_ID is stated.</summary>
    public const string Clause = "LwM2M Core, Identifiers (MAX_ID 65535 is reserved)";

    public static bool IsValid(int id) => id is >= 0 and <= Max;

    /// <summary>Returns <paramref name="id"/> or throws when it is outside 0..65534 (harness misuse, not a wire fault).</summary>
    public static int Check(int id, string paramName)
    {
        // The throw lives apart so this check inlines: node and path constructors run it on every decode.
        if ((uint)id > Max)
        {
            ThrowOutOfRange(id, paramName);
        }

        return id;
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void ThrowOutOfRange(int id, string paramName) =>
        throw new ArgumentOutOfRangeException(paramName, id, $"LwM2M ids are 0..{Max}; {Reserved} is reserved ({Clause}).");
}
