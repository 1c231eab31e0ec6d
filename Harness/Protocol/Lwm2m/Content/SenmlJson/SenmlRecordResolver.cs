using Harness.Protocol.Lwm2m.Model;
using Harness.Protocol.Lwm2m.Values;

namespace Harness.Protocol.Lwm2m.Content.SenmlJson;

/// <summary>
/// Meaning tier, first half: carries base fields forward (RFC 8428 §4.6), resolves each record's name into
/// a path inside the request path, and types its value with the object model. Records that break a rule
/// are reported and left out.
/// </summary>
internal sealed class SenmlRecordResolver
{
    private readonly Lwm2mCodecContext _context;
    private readonly SenmlDialect _dialect;
    private readonly SenmlErrorSink _sink;
    private readonly bool _removalsAllowed;
    private readonly SenmlModelLookup _model;
    private Dictionary<Lwm2mPath, (bool Multiple, Lwm2mDataType Type)>? _untypedShapes;
    private string? _prefixText;
    private Lwm2mPath? _prefix;

    public SenmlRecordResolver(Lwm2mCodecContext context, SenmlModelLookup model, SenmlDialect dialect, SenmlErrorSink sink, bool removalsAllowed)
    {
        _context = context;
        _dialect = dialect;
        _sink = sink;
        _removalsAllowed = removalsAllowed;
        _model = model;
    }

    public List<SenmlLeaf> Resolve(IReadOnlyList<SenmlRecord> records)
    {
        var leaves = new List<SenmlLeaf>(records.Count);
        string? baseName = null;
        double baseTime = 0;
        SenmlNumber? baseValue = null;
        for (int i = 0; i < records.Count && !_sink.Stopped; i++)
        {
            var record = records[i];
            baseName = record.BaseName ?? baseName;
            baseTime = record.BaseTime ?? baseTime;
            baseValue = record.BaseValue ?? baseValue;
            if (TryResolve(record, baseName, baseTime, baseValue, out var leaf))
            {
                leaves.Add(leaf);
            }
        }

        return leaves;
    }

    private bool TryResolve(SenmlRecord record, string? baseName, double baseTime, SenmlNumber? baseValue, out SenmlLeaf leaf)
    {
        leaf = default;
        int nameOffset = record.Name is not null ? record.NameOffset : record.BaseName is not null ? record.BaseNameOffset : record.Offset;
        if (record.ValueKind == SenmlValueKind.None)
        {
            Report(SenmlMeaningRule.ValueMissing, $"Record {record.Index} carries no value", record.Offset);
            return false;
        }

        if (!TryResolveName(baseName, record.Name, out var path, out string problem))
        {
            var rule = baseName is null or "" && record.Name is null or "" ? SenmlMeaningRule.NameMissing : SenmlMeaningRule.NamePath;
            Report(rule, $"Record {record.Index} {problem}", nameOffset);
            return false;
        }

        if (!path.StartsWith(_context.RequestPath))
        {
            Report(SenmlMeaningRule.NameOutside, $"Record {record.Index} names {path}, outside the request path {_context.RequestPath}", nameOffset);
            return false;
        }

        if (path.Length < 3)
        {
            Report(SenmlMeaningRule.NameLevel, $"Record {record.Index} names {path}; only resources and resource instances carry values", nameOffset);
            return false;
        }

        double time = baseTime + (record.Time ?? 0);
        if (record.ValueKind == SenmlValueKind.Null)
        {
            leaf = new SenmlLeaf(path, null, time, record.Index, nameOffset);
            return _removalsAllowed;
        }

        var number = baseValue is { } offset && record.ValueKind == SenmlValueKind.Number ? offset.Add(record.Number) : record.Number;
        var value = _model.TryGetResource(path, out var definition)
            ? TypeByModel(record, number, path, definition, nameOffset)
            : TypeByField(record, number, path, nameOffset);
        leaf = new SenmlLeaf(path, value, time, record.Index, nameOffset);
        return value is not null;
    }

    /// <summary>Base name + name as a path; a base name ending in '/' is parsed once for all the records it covers.</summary>
    private bool TryResolveName(string? baseName, string? name, out Lwm2mPath path, out string problem)
    {
        if (!ReferenceEquals(baseName, _prefixText))
        {
            _prefixText = baseName;
            _prefix = SenmlNameParser.TryParsePrefix(baseName, out var prefix) ? prefix : null;
        }

        problem = string.Empty;
        return (_prefix is { } known && SenmlNameParser.TryAppend(known, name, out path))
            || SenmlNameParser.TryResolve(baseName, name, out path, out problem);
    }

    private Lwm2mValue? TypeByModel(SenmlRecord record, SenmlNumber number, Lwm2mPath path, ResourceDefinition definition, int nameOffset)
    {
        if (definition.IsMultiple != path.IsResourceInstance)
        {
            string shape = definition.IsMultiple
                ? $"resource {path} is multiple; its values are given per resource instance"
                : $"resource {path.Truncate(3)} is single; {path} names an instance it cannot have";
            Report(SenmlMeaningRule.ResourceShape, $"Record {record.Index}: {shape}", nameOffset);
            return null;
        }

        return SenmlValueTyper.Type(record, number, definition.DataType, path, _dialect, _sink);
    }

    private Lwm2mValue? TypeByField(SenmlRecord record, SenmlNumber number, Lwm2mPath path, int nameOffset)
    {
        _sink.Should(_dialect.Id(SenmlMeaningRule.Untyped), $"Record {record.Index}: the object model defines no {path.Truncate(3)}; its type is taken from \"{_dialect.Label(record.ValueKind)}\"", nameOffset, _dialect.Clause);
        var value = SenmlValueTyper.Infer(record, number, path, _dialect, _sink);
        if (value is null)
        {
            return null;
        }

        var resource = path.Truncate(3);
        var shape = (path.IsResourceInstance, value.DataType);
        _untypedShapes ??= [];
        if (!_untypedShapes.TryAdd(resource, shape) && _untypedShapes[resource] != shape)
        {
            Report(SenmlMeaningRule.ResourceShape, $"Record {record.Index}: {path} does not match the shape or type earlier records gave {resource}", nameOffset);
            return null;
        }

        return value;
    }

    private void Report(SenmlMeaningRule rule, string message, int offset) =>
        _sink.Must(_dialect.Id(rule), message, offset, rule == SenmlMeaningRule.NamePath && !_dialect.IsOmaJson ? SenmlClauses.Resolution : _dialect.Clause);
}
