using System.Globalization;

namespace Harness.Protocol.Lwm2m.Model;

/// <summary>
/// Object URNs: <c>urn:oma:lwm2m:{oma|ext|x}:{id}</c> for version 1.0 and <c>…:{id}:{version}</c> after
/// it. The label follows the OMNA id ranges: oma below 1024, ext for 2048..10240, x above.
/// </summary>
public static class ObjectUrn
{
    private const string Prefix = "urn:oma:lwm2m:";

    public static string Format(int objectId, VersionNumber version)
    {
        Lwm2mId.Check(objectId, nameof(objectId));
        var label = objectId switch
        {
            < 1024 => "oma",
            >= 2048 and <= 10240 => "ext",
            _ => "x",
        };
        var id = objectId.ToString(CultureInfo.InvariantCulture);
        return version == VersionNumber.Default ? $"{Prefix}{label}:{id}" : $"{Prefix}{label}:{id}:{version}";
    }

    /// <summary>
    /// Splits a URN into its label, object id and version (1.0 when the URN carries none).
    /// False when the text does not have that shape.
    /// </summary>
    public static bool TryParse(string? urn, out string label, out int objectId, out VersionNumber version)
    {
        label = "";
        objectId = 0;
        version = VersionNumber.Default;
        if (urn is null || !urn.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return false;
        }

        var parts = urn[Prefix.Length..].Split(':');
        if (parts.Length is < 2 or > 3 || parts[0] is not ("oma" or "ext" or "x")
            || !TryParseId(parts[1], out objectId)
            || (parts.Length == 3 && !VersionNumber.TryParse(parts[2], out version)))
        {
            return false;
        }

        label = parts[0];
        return true;
    }

    private static bool TryParseId(string text, out int id)
    {
        id = 0;
        return text.Length is > 0 and <= 5 && (text.Length == 1 || text[0] != '0') && text.All(char.IsAsciiDigit)
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out id) && Lwm2mId.IsValid(id);
    }
}
