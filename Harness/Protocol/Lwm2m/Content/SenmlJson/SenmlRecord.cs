namespace Harness.Protocol.Lwm2m.Content.SenmlJson;

/// <summary>
/// One record of a pack as written on the wire (syntax tier): base fields, name, at most one value, time.
/// Base fields hold only what this record states; <see cref="SenmlRecordResolver"/> carries them forward.
/// Offsets are byte offsets into the payload, for error reports.
/// </summary>
public sealed class SenmlRecord
{
    private readonly SenmlRecordExtras? _extras;

    internal SenmlRecord(in SenmlRecordBuilder fields)
    {
        Index = fields.Index;
        Offset = fields.Offset;
        BaseName = fields.BaseName;
        BaseNameOffset = fields.BaseNameOffset;
        Name = fields.Name;
        NameOffset = fields.NameOffset;
        ValueKind = fields.ValueKind;
        ValueOffset = fields.ValueOffset;
        Number = fields.Number;
        Text = fields.Text;
        Boolean = fields.Boolean;
        if (fields.BaseTime is not null || fields.BaseValue is not null || fields.BaseUnit is not null || fields.BaseVersion is not null
            || fields.Unit is not null || fields.Sum is not null || fields.Time is not null || fields.UpdateTime is not null)
        {
            _extras = new SenmlRecordExtras
            {
                BaseTime = fields.BaseTime,
                BaseValue = fields.BaseValue,
                BaseUnit = fields.BaseUnit,
                BaseVersion = fields.BaseVersion,
                Unit = fields.Unit,
                Sum = fields.Sum,
                Time = fields.Time,
                UpdateTime = fields.UpdateTime,
            };
        }
    }

    /// <summary>Position in the pack, from 0.</summary>
    public int Index { get; }

    /// <summary>Offset of the record's opening brace.</summary>
    public int Offset { get; }

    public string? BaseName { get; }

    public int BaseNameOffset { get; }

    public double? BaseTime => _extras?.BaseTime;

    /// <summary>"bv": added to every later numeric value (SenML only; OMA JSON "bv" is a boolean value).</summary>
    public SenmlNumber? BaseValue => _extras?.BaseValue;

    public string? BaseUnit => _extras?.BaseUnit;

    /// <summary>"bver"; SenML version 10 when absent.</summary>
    public long? BaseVersion => _extras?.BaseVersion;

    public string? Name { get; }

    public int NameOffset { get; }

    public string? Unit => _extras?.Unit;

    public SenmlValueKind ValueKind { get; }

    /// <summary>Offset of the value token; the record's offset when it has no value.</summary>
    public int ValueOffset { get; }

    /// <summary>The number of "v".</summary>
    public SenmlNumber Number { get; }

    /// <summary>The text of "vs", "vd" or "vlo" as sent (base64 and links are checked in the meaning tier).</summary>
    public string? Text { get; }

    public bool Boolean { get; }

    public double? Sum => _extras?.Sum;

    public double? Time => _extras?.Time;

    public double? UpdateTime => _extras?.UpdateTime;

    /// <summary>The value as shown in reports: <c>v 22.4</c>, <c>vs "ACME"</c>, <c>vb true</c>, <c>(no value)</c>.</summary>
    public override string ToString() => $"#{Index} {Name ?? "(no name)"} {SenmlRenderer.FormatValue(this)}";
}
