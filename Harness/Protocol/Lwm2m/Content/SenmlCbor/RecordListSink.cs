namespace Harness.Protocol.Lwm2m.Content.SenmlCbor;

/// <summary>Keeps every record as read.</summary>
internal readonly struct RecordListSink(List<SenmlRecord> records) : ISenmlRecordSink
{
    public List<SenmlRecord> Records { get; } = records;

    public void Reserve(int records) => Records.EnsureCapacity(records);

    public void Add(in SenmlRecordFields fields, int offset) => Records.Add(fields.ToRecord(offset));
}
