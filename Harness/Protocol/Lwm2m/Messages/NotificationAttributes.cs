using System.Globalization;
using Harness.Protocol.Links;

namespace Harness.Protocol.Lwm2m.Messages;

/// <summary>
/// The attributes Write-Attributes sets (OMA TS Core §7.3): periods in seconds, thresholds as numbers,
/// 1.2's edge, con and hqmax as typed values. Names in <see cref="Unset"/> are sent without a value,
/// which removes them on the client.
/// </summary>
public sealed record NotificationAttributes
{
    public uint? MinimumPeriod { get; init; }

    public uint? MaximumPeriod { get; init; }

    public double? GreaterThan { get; init; }

    public double? LessThan { get; init; }

    public double? Step { get; init; }

    public uint? MinimumEvaluationPeriod { get; init; }

    public uint? MaximumEvaluationPeriod { get; init; }

    /// <summary>1.2: notify on the rising (true) or falling (false) edge of a boolean.</summary>
    public bool? Edge { get; init; }

    /// <summary>1.2: notifications as CON (true) or NON (false).</summary>
    public bool? Confirmable { get; init; }

    /// <summary>1.2: how many historical notifications the client keeps.</summary>
    public uint? MaximumHistoricalQueue { get; init; }

    public IReadOnlySet<string> Unset { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    public IReadOnlyList<string> ToQuery()
    {
        var query = new List<string>();
        Add(query, LwM2mLinkAttributes.MinimumPeriod, MinimumPeriod);
        Add(query, LwM2mLinkAttributes.MaximumPeriod, MaximumPeriod);
        Add(query, LwM2mLinkAttributes.GreaterThan, GreaterThan);
        Add(query, LwM2mLinkAttributes.LessThan, LessThan);
        Add(query, LwM2mLinkAttributes.Step, Step);
        Add(query, LwM2mLinkAttributes.MinimumEvaluationPeriod, MinimumEvaluationPeriod);
        Add(query, LwM2mLinkAttributes.MaximumEvaluationPeriod, MaximumEvaluationPeriod);
        Add(query, LwM2mLinkAttributes.Edge, Edge is { } edge ? (edge ? 1u : 0u) : null);
        Add(query, LwM2mLinkAttributes.Confirmable, Confirmable is { } con ? (con ? 1u : 0u) : null);
        Add(query, LwM2mLinkAttributes.MaximumHistoricalQueue, MaximumHistoricalQueue);
        query.AddRange(Unset.Order(StringComparer.Ordinal));
        return query;
    }

    /// <summary>Reads a Write-Attributes query; every unknown name, repeat or bad value is an error.</summary>
    public static Lwm2mParseResult<NotificationAttributes> Parse(IReadOnlyList<string> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var reader = new NotificationAttributeReader();
        foreach (var item in query)
        {
            reader.Read(QueryParameter.Parse(item));
        }

        return reader.Result();
    }

    public override string ToString() => string.Join('&', ToQuery());

    private static void Add(List<string> query, string name, uint? value)
    {
        if (value is { } v)
        {
            query.Add(string.Create(CultureInfo.InvariantCulture, $"{name}={v}"));
        }
    }

    private static void Add(List<string> query, string name, double? value)
    {
        if (value is { } v)
        {
            query.Add($"{name}={v.ToString("R", CultureInfo.InvariantCulture)}");
        }
    }
}
