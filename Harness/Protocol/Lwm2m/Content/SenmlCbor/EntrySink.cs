using Harness.Protocol.Lwm2m.Content.Cbor;

namespace Harness.Protocol.Lwm2m.Content.SenmlCbor;

/// <summary>
/// Resolves records as they are read, so decoding never keeps the records themselves: names that are no
/// path and records with several value fields are reported; the first value field in label order is kept.
/// </summary>
internal struct EntrySink(List<SenmlEntry> entries, DecodeErrors errors) : ISenmlRecordSink
{
    private SenmlBaseState _base;

    public readonly List<SenmlEntry> Entries => entries;

    public void Add(in SenmlRecordFields fields, int offset)
    {
        // A strict decode already rejected stops resolving, so a syntax finding is never outranked by its consequences.
        if (errors.Mode == Coap.CoapDecodeMode.Strict && errors.HasMust)
        {
            return;
        }

        _base.Apply(in fields);
        var name = fields.Name ?? ReadOnlyMemory<byte>.Empty;
        if (!SenmlNames.TryParsePath(_base.BaseName.Span, name.Span, out var path))
        {
            var text = System.Text.Encoding.UTF8.GetString(_base.BaseName.Span) + System.Text.Encoding.UTF8.GetString(name.Span);
            var why = text.Length == 0 ? "the record has no name (neither bn nor n)" : $"the name \"{text}\" is no LwM2M path";
            errors.Add(SenmlCborRuleIds.NameNotPath, why, offset, SenmlClauses.Names);
            return;
        }

        var count = fields.ValueFieldCount;
        if (count > 1)
        {
            errors.Add(SenmlCborRuleIds.ValueMultiple, $"the record for {path} has {count} value fields; a record holds at most one of v, vs, vb, vd, vlo", offset, SenmlClauses.Values);
        }

        entries.Add(new SenmlEntry(path, _base.ValueOf(in fields), offset));
    }
}
