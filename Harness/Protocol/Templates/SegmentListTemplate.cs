namespace Harness.Protocol.Templates;

/// <summary>
/// A repeated string option read as a list (Uri-Path segments, Uri-Query items): anything, or exactly
/// these items each fixed, any or captured; queries may be matched in any order since clients differ.
/// </summary>
public sealed class SegmentListTemplate
{
    private SegmentListTemplate(IReadOnlyList<TemplateField<string>>? items, bool anyOrder)
    {
        Items = items;
        AnyOrder = anyOrder;
    }

    public static SegmentListTemplate Any { get; } = new(null, false);

    public static SegmentListTemplate None { get; } = new([], false);

    /// <summary>Null means any list at all.</summary>
    public IReadOnlyList<TemplateField<string>>? Items { get; }

    public bool AnyOrder { get; }

    public bool IsAny => Items is null;

    public static SegmentListTemplate Exactly(params IEnumerable<TemplateField<string>> items) => new([.. items], false);

    public static SegmentListTemplate InAnyOrder(params IEnumerable<TemplateField<string>> items) => new([.. items], true);

    /// <summary>"/rd/5a3f" → ["rd", "5a3f"].</summary>
    public static SegmentListTemplate Path(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Exactly(path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(s => (TemplateField<string>)s));
    }

    internal void Match(string field, IReadOnlyList<string> actual, TemplateCaptures captures, List<TemplateMismatch> mismatches)
    {
        if (Items is null)
        {
            return;
        }

        if (actual.Count != Items.Count)
        {
            mismatches.Add(new TemplateMismatch(field, Describe(), Show(actual)));
            return;
        }

        if (AnyOrder)
        {
            MatchUnordered(field, actual, captures, mismatches);
            return;
        }

        for (int i = 0; i < Items.Count; i++)
        {
            if (Items[i].Match(actual[i], captures, field) is { } expected)
            {
                mismatches.Add(new TemplateMismatch($"{field}[{i}]", expected, $"\"{actual[i]}\" in {Show(actual)}"));
            }
        }
    }

    internal IEnumerable<string> Build(string field, TemplateCaptures captures)
    {
        foreach (var item in Items ?? [])
        {
            yield return item.Kind == TemplateFieldKind.Any
                ? throw new InvalidOperationException($"Cannot build {field}: an item is Any; give a value or a capture")
                : item.Resolve(captures, string.Empty, field);
        }
    }

    public string Describe() => Items is null ? "any" : $"[{string.Join(", ", Items)}]{(AnyOrder ? " in any order" : string.Empty)}";

    public override string ToString() => Describe();

    private static string Show(IReadOnlyList<string> items) => $"[{string.Join(", ", items.Select(i => $"\"{i}\""))}]";

    /// <summary>Fixed items claim their equal first; then any/capture items take what is left, in order.</summary>
    private void MatchUnordered(string field, IReadOnlyList<string> actual, TemplateCaptures captures, List<TemplateMismatch> mismatches)
    {
        var left = actual.ToList();
        foreach (var item in Items!.Where(i => i.Kind == TemplateFieldKind.Fixed))
        {
            if (!left.Remove(item.Value))
            {
                mismatches.Add(new TemplateMismatch(field, $"an item {item} ({Describe()})", Show(actual)));
            }
        }

        if (mismatches.Count > 0)
        {
            return;
        }

        var open = Items!.Where(i => i.Kind != TemplateFieldKind.Fixed).ToList();
        for (int i = 0; i < open.Count; i++)
        {
            if (open[i].Match(left[i], captures, field) is { } expected)
            {
                mismatches.Add(new TemplateMismatch(field, expected, $"\"{left[i]}\" in {Show(actual)}"));
            }
        }
    }
}
