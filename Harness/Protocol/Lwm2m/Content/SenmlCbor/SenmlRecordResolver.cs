using Harness.Protocol.Lwm2m.Content.Cbor;

namespace Harness.Protocol.Lwm2m.Content.SenmlCbor;

/// <summary>
/// Resolves records as they are read (RFC 8428 §4.6): base fields carry over, bn + n must name a path, and a
/// record holds at most one value field (the first in label order is kept). The scan of the base name in force
/// is kept, so each record only scans its own n.
/// </summary>
internal struct SenmlRecordResolver(DecodeErrors errors)
{
    private SenmlBaseState _base;
    private SenmlNames _afterBaseName;

    /// <summary>False when the record gives nothing: a strict decode already rejected, or its name is no path (reported).</summary>
    public bool TryResolve(in SenmlRecordFields fields, int offset, out Lwm2mPath path, out WireValue? value)
    {
        path = Lwm2mPath.Root;
        value = null;

        // A strict decode already rejected stops resolving, so a syntax finding is never outranked by its consequences.
        if (errors.Mode == Coap.CoapDecodeMode.Strict && errors.HasMust)
        {
            return false;
        }

        _base.Apply(in fields);
        if (fields.BaseName is { } baseName)
        {
            _afterBaseName = default;
            _afterBaseName.Feed(baseName.Span);
        }

        var name = fields.Name ?? ReadOnlyMemory<byte>.Empty;
        var scan = _afterBaseName;
        scan.Feed(name.Span);
        if (!scan.TryFinish(out path))
        {
            var text = System.Text.Encoding.UTF8.GetString(_base.BaseName.Span) + System.Text.Encoding.UTF8.GetString(name.Span);
            var why = text.Length == 0 ? "the record has no name (neither bn nor n)" : $"the name \"{text}\" is no LwM2M path";
            errors.Add(SenmlCborRuleIds.NameNotPath, why, offset, SenmlClauses.Names);
            return false;
        }

        var count = fields.ValueFieldCount;
        if (count > 1)
        {
            errors.Add(SenmlCborRuleIds.ValueMultiple, $"the record for {path} has {count} value fields; a record holds at most one of v, vs, vb, vd, vlo", offset, SenmlClauses.Values);
        }

        value = _base.ValueOf(in fields);
        return true;
    }
}
