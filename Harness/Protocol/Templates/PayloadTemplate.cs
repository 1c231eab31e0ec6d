using System.Text;

namespace Harness.Protocol.Templates;

/// <summary>What a template says about the payload: exact bytes, anything, a capture, or a described predicate.</summary>
public sealed class PayloadTemplate
{
    private readonly Func<ReadOnlyMemory<byte>, bool>? predicate;

    private PayloadTemplate(TemplateField<byte[]> field, Func<ReadOnlyMemory<byte>, bool>? predicate, string? description)
    {
        Field = field;
        this.predicate = predicate;
        Description = description;
    }

    public static PayloadTemplate Any { get; } = new(TemplateField<byte[]>.Any, null, null);

    public static PayloadTemplate Empty { get; } = Exact([]);

    public TemplateField<byte[]> Field { get; }

    /// <summary>What the predicate demands, in words, for mismatch reports.</summary>
    public string? Description { get; }

    public bool IsPredicate => predicate is not null;

    public static PayloadTemplate Exact(byte[] bytes) => new(TemplateField<byte[]>.Is(bytes ?? throw new ArgumentNullException(nameof(bytes))), null, null);

    public static PayloadTemplate Text(string text) => Exact(Encoding.UTF8.GetBytes(text));

    public static PayloadTemplate Capture(string name) => new(TemplateField<byte[]>.Capture(name), null, null);

    public static PayloadTemplate Matching(Func<ReadOnlyMemory<byte>, bool> predicate, string description)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        return new(TemplateField<byte[]>.Any, predicate, description);
    }

    internal void Match(ReadOnlyMemory<byte> actual, TemplateCaptures captures, List<TemplateMismatch> mismatches)
    {
        if (predicate is not null)
        {
            if (!predicate(actual))
            {
                mismatches.Add(new TemplateMismatch("payload", Description!, TemplateValues.DescribeBytes(actual.Span)));
            }

            return;
        }

        if (Field.Match(actual.ToArray(), captures, "payload") is { } expected)
        {
            mismatches.Add(new TemplateMismatch("payload", expected, TemplateValues.DescribeBytes(actual.Span)));
        }
    }

    internal byte[] Build(TemplateCaptures captures) => predicate is not null
        ? throw new InvalidOperationException($"Cannot build a payload from a predicate ({Description}); give bytes or a capture")
        : Field.Resolve(captures, [], "payload");

    public override string ToString() => Description ?? Field.ToString();
}
