using Harness.Protocol.Lwm2m.Content.Cbor;

namespace Harness.Protocol.Lwm2m.Content.SenmlCbor;

/// <summary>Keeps each resolved record as a path with its value, if any: what requests and SenML-ETCH need.</summary>
internal struct EntrySink(List<SenmlEntry> entries, DecodeErrors errors) : ISenmlRecordSink
{
    private SenmlRecordResolver _resolver = new(errors);

    public readonly List<SenmlEntry> Entries => entries;

    public readonly void Reserve(int records) => entries.EnsureCapacity(records);

    public void Add(in SenmlRecordFields fields, int offset)
    {
        if (_resolver.TryResolve(in fields, offset, out var path, out var value))
        {
            entries.Add(new SenmlEntry(path, value, offset));
        }
    }
}
