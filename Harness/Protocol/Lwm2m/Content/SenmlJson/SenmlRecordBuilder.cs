namespace Harness.Protocol.Lwm2m.Content.SenmlJson;

/// <summary>The fields of one record while its JSON object is being read; both JSON readers fill it.</summary>
internal struct SenmlRecordBuilder
{
    public SenmlRecordBuilder(int index, int offset)
    {
        Index = index;
        Offset = offset;
        ValueOffset = offset;
    }

    public int Index;
    public int Offset;
    public string? BaseName;
    public int BaseNameOffset;
    public double? BaseTime;
    public SenmlNumber? BaseValue;
    public string? BaseUnit;
    public long? BaseVersion;
    public string? Name;
    public int NameOffset;
    public string? Unit;
    public SenmlValueKind ValueKind;
    public int ValueOffset;
    public SenmlNumber Number;
    public string? Text;
    public bool Boolean;
    public double? Sum;
    public double? Time;
    public double? UpdateTime;

    public readonly SenmlRecord Build() => new(this);
}
