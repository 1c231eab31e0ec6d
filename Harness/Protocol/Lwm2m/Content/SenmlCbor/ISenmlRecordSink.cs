namespace Harness.Protocol.Lwm2m.Content.SenmlCbor;

/// <summary>Where the reader hands each record: a list for callers that want records, a resolver for decoding.</summary>
internal interface ISenmlRecordSink
{
    void Add(in SenmlRecordFields fields, int offset);
}
