namespace Harness.Protocol.Lwm2m.Content.SenmlCbor;

/// <summary>Where the reader hands each record: a list for callers that want records, a resolver for decoding.</summary>
internal interface ISenmlRecordSink
{
    /// <summary>Called once before the records, with how many the pack declares (bounded by the payload's size).</summary>
    void Reserve(int records);

    void Add(in SenmlRecordFields fields, int offset);
}
