namespace Harness.Protocol.Lwm2m.Content.SenmlJson;

/// <summary>
/// One record of a pack as written on the wire (syntax tier): base fields, name, at most one value, time.
/// Base fields hold only what this record states; <see cref="SenmlRecordResolver"/> carries them forward.
/// Offsets are byte offsets into the payload, for error reports.
/// </summary>
public sealed class SenmlRecord
{
    /// <summary>Position in the pack, from 0.</summary>
    public int Index { get; init; }

    /// <summary>Offset of the record's opening brace.</summary>
    public int Offset { get; init; }

    public string? BaseName { get; init; }

    public int BaseNameOffset { get; init; }

    public double? BaseTime { get; init; }

    /// <summary>"bv": added to every later numeric value (SenML only; OMA JSON "bv" is a boolean value).</summary>
    public SenmlNumber? BaseValue { get; init; }

    public string? BaseUnit { get; init; }

    /// <summary>"bver"; SenML version 10 when absent.</summary>
    public long? BaseVersion { get; init; }

    public string? Name { get; init; }

    public int NameOffset { get; init; }

    public string? Unit { get; init; }

    public SenmlValueKind ValueKind { get; init; }

    /// <summary>Offset of the value token; the record's offset when it has no value.</summary>
    public int ValueOffset { get; init; }

    /// <summary>The number of "v".</summary>
    public SenmlNumber Number { get; init; }

    /// <summary>The text of "vs", "vd" or "vlo" as sent (base64 and links are checked in the meaning tier).</summary>
    public string? Text { get; init; }

    public bool Boolean { get; init; }

    public double? Sum { get; init; }

    public double? Time { get; init; }

    public double? UpdateTime { get; init; }

    /// <summary>Whether any base field is stated here, so a renderer shows where bases change.</summary>
    public bool HasBaseFields => BaseName is not null || BaseTime is not null || BaseValue is not null || BaseUnit is not null || BaseVersion is not null;

    /// <summary>The value as shown in reports: <c>v 22.4</c>, <c>vs "ACME"</c>, <c>vb true</c>, <c>none</c>.</summary>
    public override string ToString() => $"#{Index} {Name ?? "(no name)"} {SenmlRenderer.FormatValue(this)}";
}
