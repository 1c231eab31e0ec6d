namespace Harness.Protocol.Lwm2m.Content.SenmlCbor;

/// <summary>
/// Resolves base fields (RFC 8428 §4.6): bn, bt, bv and bu carry over to later records until redefined.
/// Decoding resolves records as they are read; <see cref="Resolve"/> gives readable records for reports and tests.
/// </summary>
public static class SenmlResolver
{
    public static IReadOnlyList<SenmlResolvedRecord> Resolve(IReadOnlyList<SenmlRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var resolved = new List<SenmlResolvedRecord>(records.Count);
        var state = default(SenmlBaseState);
        foreach (var record in records)
        {
            var fields = SenmlRecordFields.From(record);
            state.Apply(in fields);
            var baseName = state.BaseName.Span;
            var name = record.NameUtf8 ?? ReadOnlyMemory<byte>.Empty;
            Lwm2mPath? path = SenmlNames.TryParsePath(baseName, name.Span, out var parsed) ? parsed : null;
            var text = System.Text.Encoding.UTF8.GetString(baseName) + System.Text.Encoding.UTF8.GetString(name.Span);
            double? time = record.Time is { } t ? state.BaseTime + t : state.BaseTime == 0 ? null : state.BaseTime;
            resolved.Add(new SenmlResolvedRecord(text, path, state.ValueOf(in fields), time, record.Unit ?? state.BaseUnit, record.Offset));
        }

        return resolved;
    }
}
