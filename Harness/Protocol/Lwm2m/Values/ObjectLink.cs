using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Harness.Protocol.Lwm2m.Values;

/// <summary>
/// The payload of an Objlnk: an object id and an object instance id, each 16 bits. 65535:65535 is the
/// null link (no instance referenced); 65535 is otherwise not a valid id.
/// </summary>
public readonly record struct ObjectLink
{
    public ObjectLink(int objectId, int instanceId)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(objectId);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(objectId, Lwm2mId.Reserved);
        ArgumentOutOfRangeException.ThrowIfNegative(instanceId);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(instanceId, Lwm2mId.Reserved);
        ObjectId = objectId;
        InstanceId = instanceId;
    }

    public static ObjectLink Null => new(Lwm2mId.Reserved, Lwm2mId.Reserved);

    public int ObjectId { get; }

    public int InstanceId { get; }

    public bool IsNull => ObjectId == Lwm2mId.Reserved && InstanceId == Lwm2mId.Reserved;

    /// <summary>True for the null link and for links whose ids are both valid (no lone 65535).</summary>
    public bool IsWellFormed => IsNull || (Lwm2mId.IsValid(ObjectId) && Lwm2mId.IsValid(InstanceId));

    /// <summary>The path of the linked instance; the null link has none.</summary>
    public Lwm2mPath ToPath() => IsWellFormed && !IsNull
        ? new Lwm2mPath(ObjectId, InstanceId)
        : throw new InvalidOperationException($"Objlnk {this} does not name an object instance");

    /// <summary>Parses "objectId:instanceId" (plain decimal, no signs, spaces or leading zeros).</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out ObjectLink link)
    {
        link = default;
        var colon = text?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (text is null || colon < 0
            || !TryParseId(text.AsSpan(0, colon), out var objectId)
            || !TryParseId(text.AsSpan(colon + 1), out var instanceId))
        {
            return false;
        }

        link = new ObjectLink(objectId, instanceId);
        return true;
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{ObjectId}:{InstanceId}");

    private static bool TryParseId(ReadOnlySpan<char> text, out int id)
    {
        id = 0;
        if (text.IsEmpty || text.Length > 5 || (text.Length > 1 && text[0] == '0'))
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

        id = int.Parse(text, CultureInfo.InvariantCulture);
        return id <= Lwm2mId.Reserved;
    }
}
