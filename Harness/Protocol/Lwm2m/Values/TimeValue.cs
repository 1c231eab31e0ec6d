using System.Globalization;

namespace Harness.Protocol.Lwm2m.Values;

/// <summary>A time value: signed seconds since 1970-01-01T00:00:00Z.</summary>
public sealed record TimeValue : Lwm2mValue
{
    private static readonly long MinSeconds = DateTimeOffset.MinValue.ToUnixTimeSeconds();
    private static readonly long MaxSeconds = DateTimeOffset.MaxValue.ToUnixTimeSeconds();

    public TimeValue(long unixSeconds) => Value = unixSeconds;

    /// <summary>Seconds since the Unix epoch.</summary>
    public long Value { get; }

    public override Lwm2mDataType DataType => Lwm2mDataType.Time;

    /// <summary>False for seconds outside what <see cref="DateTimeOffset"/> can hold (years 1..9999).</summary>
    public bool IsRepresentableAsDateTimeOffset => Value >= MinSeconds && Value <= MaxSeconds;

    public static TimeValue FromDateTimeOffset(DateTimeOffset instant) => new(instant.ToUnixTimeSeconds());

    public DateTimeOffset ToDateTimeOffset() => IsRepresentableAsDateTimeOffset
        ? DateTimeOffset.FromUnixTimeSeconds(Value)
        : throw new InvalidOperationException($"{Value} s lies outside the years 1..9999");

    public override string ToString()
    {
        var seconds = Value.ToString(CultureInfo.InvariantCulture);
        return IsRepresentableAsDateTimeOffset
            ? $"Time({seconds} = {ToDateTimeOffset().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)})"
            : $"Time({seconds})";
    }
}
