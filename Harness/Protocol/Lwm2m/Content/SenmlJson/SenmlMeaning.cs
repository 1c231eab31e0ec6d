namespace Harness.Protocol.Lwm2m.Content.SenmlJson;

/// <summary>
/// The meaning tier as one step for both JSON formats: records to content, to a patch, or to a path list.
/// Runs only while strict decoding has met no Must-level rule, so strict and lax agree on the first one.
/// </summary>
internal static class SenmlMeaning
{
    public static Lwm2mDecodeResult Content(IReadOnlyList<SenmlRecord> records, Lwm2mCodecContext context, SenmlDialect dialect, SenmlErrorSink sink)
    {
        var model = new SenmlModelLookup(context);
        var leaves = Leaves(records, context, model, dialect, sink, removalsAllowed: false);
        var content = sink.Stopped ? null : SenmlTreeBuilder.Build(leaves, context.RequestPath, model, dialect, sink);
        return sink.Stopped ? new Lwm2mDecodeResult(null, sink.Verdict) : new Lwm2mDecodeResult(content, sink.Errors);
    }

    public static Lwm2mPatchDecodeResult Patch(IReadOnlyList<SenmlRecord> records, Lwm2mCodecContext context, SenmlErrorSink sink)
    {
        var dialect = SenmlDialect.SenmlJson;
        var model = new SenmlModelLookup(context);
        var leaves = Leaves(records, context, model, dialect, sink, removalsAllowed: true);
        var writes = leaves.Where(l => !l.IsRemoval).ToList();
        var content = sink.Stopped ? null : SenmlTreeBuilder.Build(writes, context.RequestPath, model, dialect, sink);
        if (sink.Stopped)
        {
            return new Lwm2mPatchDecodeResult(null, sink.Verdict);
        }

        var removals = leaves.Where(l => l.IsRemoval).Select(l => l.Path);
        return new Lwm2mPatchDecodeResult(content is null ? null : new Lwm2mContentPatch(content, removals), sink.Errors);
    }

    /// <summary>The names of a Read-/Observe-Composite request or a Fetch Pack, in wire order, each once.</summary>
    public static Lwm2mPathListDecodeResult Paths(IReadOnlyList<SenmlRecord> records, SenmlErrorSink sink)
    {
        var dialect = SenmlDialect.SenmlJson;
        var paths = new List<Lwm2mPath>(records.Count);
        var seen = new HashSet<Lwm2mPath>();
        string? baseName = null;
        for (int i = 0; i < records.Count && !sink.Stopped; i++)
        {
            var record = records[i];
            baseName = record.BaseName ?? baseName;
            int offset = record.Name is not null ? record.NameOffset : record.BaseName is not null ? record.BaseNameOffset : record.Offset;
            if (!SenmlNameParser.TryResolve(baseName, record.Name, out var path, out string problem))
            {
                var rule = baseName is null or "" && record.Name is null or "" ? SenmlMeaningRule.NameMissing : SenmlMeaningRule.NamePath;
                sink.Must(dialect.Id(rule), $"Record {record.Index} {problem}", offset, SenmlClauses.Resolution);
            }
            else if (!seen.Add(path))
            {
                sink.Must(dialect.Id(SenmlMeaningRule.DuplicatePath), $"Record {record.Index} names {path} a second time", offset, SenmlClauses.PathList);
            }
            else
            {
                paths.Add(path);
            }
        }

        return sink.Stopped ? new Lwm2mPathListDecodeResult(null, sink.Verdict) : new Lwm2mPathListDecodeResult(paths, sink.Errors);
    }

    private static List<SenmlLeaf> Leaves(
        IReadOnlyList<SenmlRecord> records, Lwm2mCodecContext context, SenmlModelLookup model, SenmlDialect dialect, SenmlErrorSink sink, bool removalsAllowed)
    {
        if (sink.Stopped)
        {
            return [];
        }

        var leaves = new SenmlRecordResolver(context, model, dialect, sink, removalsAllowed).Resolve(records);
        return sink.Stopped ? leaves : SenmlLeafSet.Latest(leaves, dialect, sink);
    }
}
