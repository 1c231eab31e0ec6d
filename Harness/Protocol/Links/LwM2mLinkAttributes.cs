using System.Globalization;
using Harness.Protocol.Coap;

namespace Harness.Protocol.Links;

/// <summary>
/// The link attributes LwM2M puts in Register, Update, Discover and Bootstrap-Discover payloads, and the
/// value rules of OMA-TS-LightweightM2M_Core (1.1 §5.1.2 and §5.2.7.3; 1.2 adds edge, con, hqmax).
/// </summary>
public static class LwM2mLinkAttributes
{
    public const string Version = "ver";
    public const string EnablerVersion = "lwm2m";
    public const string ShortServerId = "ssid";
    public const string ServerUri = "uri";
    public const string Dimension = "dim";
    public const string MinimumPeriod = "pmin";
    public const string MaximumPeriod = "pmax";
    public const string GreaterThan = "gt";
    public const string LessThan = "lt";
    public const string Step = "st";
    public const string MinimumEvaluationPeriod = "epmin";
    public const string MaximumEvaluationPeriod = "epmax";
    public const string Edge = "edge";
    public const string Confirmable = "con";
    public const string MaximumHistoricalQueue = "hqmax";
    public const string ContentType = "ct";
    public const string ResourceType = "rt";
    public const string Interface = "if";
    public const string Observable = "obs";

    private const string Clause = "OMA-TS-LightweightM2M_Core §5.1.2";

    /// <summary>Checks the values of the LwM2M attributes a link carries; other attributes are left alone.</summary>
    public static IReadOnlyList<CoapFormatError> Validate(Link link)
    {
        ArgumentNullException.ThrowIfNull(link);
        var errors = new List<CoapFormatError>();
        foreach (var parameter in link.Parameters)
        {
            if (Problem(parameter) is { } problem)
            {
                errors.Add(new CoapFormatError("LWM2M-ATTR-" + parameter.Name.ToUpperInvariant(), $"<{link.Target}>: {problem}", Math.Max(link.Offset, 0), Clause));
            }
        }

        return errors;
    }

    private static string? Problem(LinkParameter p) => p.Name switch
    {
        Version or EnablerVersion => IsVersion(p.Value) ? null : $"{p.Name} must be major.minor, not '{p.Value}'",
        ShortServerId => IsInteger(p, 1, 65534) ? null : $"ssid must be 1..65534, not '{p.Value}'",
        Dimension => IsInteger(p, 0, 255) ? null : $"dim must be 0..255, not '{p.Value}'",
        MinimumPeriod or MaximumPeriod or MinimumEvaluationPeriod or MaximumEvaluationPeriod or MaximumHistoricalQueue
            => IsInteger(p, 0, uint.MaxValue) ? null : $"{p.Name} must be a non-negative integer, not '{p.Value}'",
        GreaterThan or LessThan or Step => IsNumber(p) ? null : $"{p.Name} must be a number, not '{p.Value}'",
        Edge or Confirmable => IsInteger(p, 0, 1) ? null : $"{p.Name} must be 0 or 1, not '{p.Value}'",
        ServerUri => p.Value is { Length: > 0 } && Uri.IsWellFormedUriString(p.Value, UriKind.Absolute) ? null : $"uri must be an absolute URI, not '{p.Value}'",
        Observable => p.IsFlag ? null : "obs is a flag and takes no value",
        _ => null,
    };

    private static bool IsVersion(string? value)
    {
        int dot = value?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        return dot > 0 && dot < value!.Length - 1 && value.Remove(dot, 1).All(char.IsAsciiDigit) && value.Count(c => c == '.') == 1;
    }

    private static bool IsInteger(LinkParameter p, long min, long max) =>
        !p.Quoted && p.Value is { } v && v.All(char.IsAsciiDigit) && long.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out long n) && n >= min && n <= max;

    private static bool IsNumber(LinkParameter p) =>
        !p.Quoted && double.TryParse(p.Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _);
}
