using System.Text;
using Harness.Protocol.Coap;

namespace Harness.Protocol.Templates;

/// <summary>
/// Values captured by name while matching, reused by name when building the next stimulus or matching
/// the next message (a bound name must match the same value again). Token, option values and payloads
/// are byte arrays; Uri-Path and Uri-Query items are strings; the message id is a ushort.
/// </summary>
public sealed class TemplateCaptures
{
    private readonly Dictionary<string, object> values;

    public TemplateCaptures()
        : this(new Dictionary<string, object>(StringComparer.Ordinal))
    {
    }

    private TemplateCaptures(Dictionary<string, object> values) => this.values = values;

    public IReadOnlyCollection<string> Names => values.Keys;

    public object this[string name] => values.TryGetValue(name, out var value)
        ? value
        : throw new KeyNotFoundException($"Nothing was captured as '{name}'; captured: {string.Join(", ", values.Keys)}");

    public bool TryGet(string name, out object value) => values.TryGetValue(name, out value!);

    public bool Contains(string name) => values.ContainsKey(name);

    public T Get<T>(string name) => this[name] is T typed
        ? typed
        : throw new InvalidCastException($"Capture '{name}' is {TemplateValues.Describe(this[name])}, not a {typeof(T).Name}");

    public byte[] GetBytes(string name) => Get<byte[]>(name);

    /// <summary>A captured string, or captured bytes read as UTF-8 (option values, payloads).</summary>
    public string GetString(string name) => this[name] switch
    {
        string text => text,
        byte[] bytes => Encoding.UTF8.GetString(bytes),
        var other => throw new InvalidCastException($"Capture '{name}' is {TemplateValues.Describe(other)}, not text"),
    };

    /// <summary>A captured uint option value.</summary>
    public uint GetUInt(string name) => new CoapOption(0, GetBytes(name)).GetUInt();

    /// <summary>Adds or replaces a value, e.g. to preset a token before building a stimulus.</summary>
    public TemplateCaptures Set(string name, object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        values[name] = value;
        return this;
    }

    public TemplateCaptures Copy() => new(new Dictionary<string, object>(values, StringComparer.Ordinal));

    /// <summary>Binds a new name, or checks a bound one; returns the expectation text on conflict.</summary>
    internal string? Bind(string name, object actual, string field)
    {
        var stored = actual is ReadOnlyMemory<byte> memory ? memory.ToArray() : actual;
        if (values.TryGetValue(name, out var bound))
        {
            return TemplateValues.AreEqual(bound, stored) ? null : $"{TemplateValues.Describe(bound)} (captured as '{name}')";
        }

        values[name] = stored;
        return null;
    }

    public override string ToString() => string.Join(", ", values.Select(v => $"{v.Key}={TemplateValues.Describe(v.Value)}"));
}
