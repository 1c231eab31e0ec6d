using Harness.Protocol.Coap;

namespace Harness.Protocol.Templates;

/// <summary>
/// What a template says about the instances of one option number: present with values (each fixed,
/// any or captured), absent, or anything at all. Values are raw bytes; factories encode uint and string.
/// </summary>
public sealed class OptionTemplate
{
    private OptionTemplate(bool isAny, IReadOnlyList<TemplateField<byte[]>> values)
    {
        IsAny = isAny;
        Values = values;
    }

    /// <summary>The option may be there or not, with any value.</summary>
    public static OptionTemplate Any { get; } = new(true, []);

    /// <summary>The option must not be there.</summary>
    public static OptionTemplate Absent { get; } = new(false, []);

    public bool IsAny { get; }

    public bool IsAbsent => !IsAny && Values.Count == 0;

    /// <summary>One pattern per instance, in order.</summary>
    public IReadOnlyList<TemplateField<byte[]>> Values { get; }

    public static OptionTemplate Present(params IEnumerable<TemplateField<byte[]>> values)
    {
        var list = values.ToArray();
        return list.Length == 0 ? throw new ArgumentException("A present option needs at least one value pattern", nameof(values)) : new(false, list);
    }

    /// <summary>Present once, with any value.</summary>
    public static OptionTemplate PresentAnyValue() => Present(TemplateField<byte[]>.Any);

    public static OptionTemplate UInt(uint value) => Present(CoapOption.EncodeUInt(value));

    public static OptionTemplate String(string value) => Present(System.Text.Encoding.UTF8.GetBytes(value));

    public static OptionTemplate Empty() => Present(Array.Empty<byte>());

    public static OptionTemplate Capture(string name) => Present(TemplateField<byte[]>.Capture(name));

    internal void Match(int number, IReadOnlyList<CoapOption> actual, TemplateCaptures captures, List<TemplateMismatch> mismatches)
    {
        string field = OptionRegistry.NameOf(number);
        if (IsAny)
        {
            return;
        }

        if (actual.Count != Values.Count)
        {
            string expected = IsAbsent ? "absent" : $"{Values.Count} instance(s): {this}";
            string seen = actual.Count == 0 ? "absent" : $"{actual.Count} instance(s): {string.Join(", ", actual.Select(o => o.FormatValue()))}";
            mismatches.Add(new TemplateMismatch(field, expected, seen));
            return;
        }

        for (int i = 0; i < Values.Count; i++)
        {
            var value = actual[i].Value.ToArray();
            if (Values[i].Match(value, captures, field) is { } expected)
            {
                mismatches.Add(new TemplateMismatch(Values.Count == 1 ? field : $"{field}[{i}]", expected, actual[i].FormatValue()));
            }
        }
    }

    internal IEnumerable<CoapOption> Build(int number, TemplateCaptures captures)
    {
        foreach (var value in Values)
        {
            if (value.Kind == TemplateFieldKind.Any)
            {
                throw new InvalidOperationException($"Cannot build {OptionRegistry.NameOf(number)}: its value is Any; give a value or a capture");
            }

            yield return new CoapOption(number, value.Resolve(captures, [], OptionRegistry.NameOf(number)));
        }
    }

    public override string ToString() => IsAny ? "any" : IsAbsent ? "absent" : string.Join(", ", Values);
}
