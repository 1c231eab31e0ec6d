namespace Harness.Protocol.Lwm2m.Content.SenmlJson;

/// <summary>
/// Puts resolved leaves in path order and keeps one per path: of records naming the same path at different
/// times (a notification's history) the latest stands; two at the same time are a duplicate.
/// </summary>
internal static class SenmlLeafSet
{
    private static readonly Comparison<SenmlLeaf> PathThenRecord = static (a, b) =>
    {
        int order = a.Path.CompareTo(b.Path);
        return order != 0 ? order : a.RecordIndex.CompareTo(b.RecordIndex);
    };

    public static List<SenmlLeaf> Latest(List<SenmlLeaf> leaves, SenmlDialect dialect, SenmlErrorSink sink)
    {
        if (!IsSorted(leaves))
        {
            leaves.Sort(PathThenRecord);
        }

        if (!HasRepeatedPath(leaves))
        {
            return leaves;
        }

        var kept = new List<SenmlLeaf>(leaves.Count);
        int start = 0;
        while (start < leaves.Count && !sink.Stopped)
        {
            int end = start + 1;
            while (end < leaves.Count && leaves[end].Path == leaves[start].Path)
            {
                end++;
            }

            int latest = start;
            for (int i = start + 1; i < end; i++)
            {
                if (leaves[i].Time > leaves[latest].Time)
                {
                    latest = i;
                }
            }

            for (int i = start; i < end; i++)
            {
                if (i != latest && leaves[i].Time == leaves[latest].Time)
                {
                    var second = leaves[Math.Max(i, latest)];
                    sink.Must(
                        dialect.Id(SenmlMeaningRule.DuplicatePath),
                        $"Records {Math.Min(leaves[i].RecordIndex, leaves[latest].RecordIndex)} and {second.RecordIndex} both give {second.Path} at the same time",
                        second.Offset,
                        dialect.Clause);
                }
            }

            kept.Add(leaves[latest]);
            start = end;
        }

        return kept;
    }

    /// <summary>True when the leaves are in path order already (records usually are), record order within a path.</summary>
    private static bool IsSorted(List<SenmlLeaf> leaves)
    {
        for (int i = 1; i < leaves.Count; i++)
        {
            if (PathThenRecord(leaves[i - 1], leaves[i]) > 0)
            {
                return false;
            }
        }

        return true;
    }

    private static bool HasRepeatedPath(List<SenmlLeaf> sorted)
    {
        for (int i = 1; i < sorted.Count; i++)
        {
            if (sorted[i].Path == sorted[i - 1].Path)
            {
                return true;
            }
        }

        return false;
    }
}
