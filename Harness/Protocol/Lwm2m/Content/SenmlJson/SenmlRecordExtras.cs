namespace Harness.Protocol.Lwm2m.Content.SenmlJson;

/// <summary>
/// The fields most LwM2M records leave out (base time and value, units, version, sum, times), kept apart
/// so that a record without them stays small.
/// </summary>
internal sealed class SenmlRecordExtras
{
    public double? BaseTime { get; init; }

    public SenmlNumber? BaseValue { get; init; }

    public string? BaseUnit { get; init; }

    public long? BaseVersion { get; init; }

    public string? Unit { get; init; }

    public double? Sum { get; init; }

    public double? Time { get; init; }

    public double? UpdateTime { get; init; }
}
