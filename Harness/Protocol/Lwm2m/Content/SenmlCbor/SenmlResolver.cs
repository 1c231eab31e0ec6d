using Harness.Protocol.Lwm2m.Content.Cbor;

namespace Harness.Protocol.Lwm2m.Content.SenmlCbor;

/// <summary>
/// Resolves base fields (RFC 8428 §4.6): bn, bt, bv and bu carry over to later records until redefined.
/// The decoding path resolves straight into wire leaves; <see cref="Resolve"/> gives readable records.
/// </summary>
public static class SenmlResolver
{
    public static IReadOnlyList<SenmlResolvedRecord> Resolve(IReadOnlyList<SenmlRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var resolved = new List<SenmlResolvedRecord>(records.Count);
        var state = new BaseState();
        foreach (var record in records)
        {
            state.Apply(record);
            var baseName = state.BaseName.Span;
            var name = record.NameUtf8 ?? ReadOnlyMemory<byte>.Empty;
            Lwm2mPath? path = SenmlNames.TryParsePath(baseName, name.Span, out var parsed) ? parsed : null;
            var text = System.Text.Encoding.UTF8.GetString(baseName) + System.Text.Encoding.UTF8.GetString(name.Span);
            double? time = record.Time is { } t ? state.BaseTime + t : state.BaseTime == 0 ? null : state.BaseTime;
            resolved.Add(new SenmlResolvedRecord(text, path, ValueOf(record, state), time, record.Unit ?? state.BaseUnit, record.Offset));
        }

        return resolved;
    }

    /// <summary>
    /// One entry per record: its path and value (null when it has none). Names that are no path and records
    /// with several value fields are reported; the first value field in label order is kept.
    /// </summary>
    internal static List<(Lwm2mPath Path, WireValue? Value, int Offset)> ResolveEntries(List<SenmlRecord> records, DecodeErrors errors)
    {
        var entries = new List<(Lwm2mPath, WireValue?, int)>(records.Count);
        var state = new BaseState();
        foreach (var record in records)
        {
            state.Apply(record);
            var name = record.NameUtf8 ?? ReadOnlyMemory<byte>.Empty;
            if (!SenmlNames.TryParsePath(state.BaseName.Span, name.Span, out var path))
            {
                var text = System.Text.Encoding.UTF8.GetString(state.BaseName.Span) + System.Text.Encoding.UTF8.GetString(name.Span);
                var why = text.Length == 0 ? "the record has no name (neither bn nor n)" : $"the name \"{text}\" is no LwM2M path";
                errors.Add(SenmlCborRuleIds.NameNotPath, why, record.Offset, SenmlClauses.Names);
                continue;
            }

            if (record.ValueFieldCount > 1)
            {
                errors.Add(SenmlCborRuleIds.ValueMultiple, $"the record for {path} has {record.ValueFieldCount} value fields; a record holds at most one of v, vs, vb, vd, vlo", record.Offset, SenmlClauses.Values);
            }

            entries.Add((path, ValueOf(record, state), record.Offset));
        }

        return entries;
    }

    private static WireValue? ValueOf(SenmlRecord record, in BaseState state)
    {
        if (record.Value is not { } value || state.BaseValue is not { } offset)
        {
            return record.FieldValue;
        }

        return value.Kind == WireValueKind.Integer && offset == Math.Floor(offset) && Math.Abs(offset) < (1L << 53)
            ? WireValue.FromInteger(value.Integer + (long)offset)
            : WireValue.FromFloat((value.Kind == WireValueKind.Float ? value.Float : value.Integer) + offset);
    }

    private struct BaseState
    {
        public ReadOnlyMemory<byte> BaseName { get; private set; }

        public double BaseTime { get; private set; }

        public double? BaseValue { get; private set; }

        public string? BaseUnit { get; private set; }

        public void Apply(SenmlRecord record)
        {
            BaseName = record.BaseNameUtf8 ?? BaseName;
            BaseTime = record.BaseTime ?? BaseTime;
            BaseValue = record.BaseValue ?? BaseValue;
            BaseUnit = record.BaseUnit ?? BaseUnit;
        }
    }
}
