namespace Harness.Protocol.Templates;

/// <summary>
/// One field of a template: a fixed value, <c>Any</c>, or a named capture. A plain value converts
/// implicitly to a fixed field, so templates read like messages.
/// </summary>
public readonly struct TemplateField<T> : IEquatable<TemplateField<T>>
    where T : notnull
{
    private readonly T? value;

    private TemplateField(TemplateFieldKind kind, T? value, string? captureName)
    {
        Kind = kind;
        this.value = value;
        CaptureName = captureName;
    }

    public static TemplateField<T> Any => default;

    public TemplateFieldKind Kind { get; }

    /// <summary>The fixed value; throws for Any and captures.</summary>
    public T Value => Kind == TemplateFieldKind.Fixed ? value! : throw new InvalidOperationException($"A {Kind} field has no fixed value");

    public string? CaptureName { get; }

    public static TemplateField<T> Is(T value) => new(TemplateFieldKind.Fixed, value, null);

    public static TemplateField<T> Capture(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return new(TemplateFieldKind.Capture, default, name);
    }

#pragma warning disable CA2225 // Is(value) is the named alternate.
    public static implicit operator TemplateField<T>(T value) => Is(value);
#pragma warning restore CA2225

    /// <summary>Compares <paramref name="actual"/> and records a capture; returns a mismatch text or null.</summary>
    internal string? Match(T actual, TemplateCaptures captures, string field)
    {
        switch (Kind)
        {
            case TemplateFieldKind.Fixed:
                return TemplateValues.AreEqual(value!, actual) ? null : TemplateValues.Describe(value!);
            case TemplateFieldKind.Capture:
                return captures.Bind(CaptureName!, actual, field);
            default:
                return null;
        }
    }

    /// <summary>The value a built message carries: fixed, captured, or <paramref name="fallback"/>.</summary>
    internal T Resolve(TemplateCaptures captures, T fallback, string field) => Kind switch
    {
        TemplateFieldKind.Fixed => value!,
        TemplateFieldKind.Capture when captures.TryGet(CaptureName!, out var bound) => bound is T typed
            ? typed
            : throw new InvalidOperationException($"Capture '{CaptureName}' holds {TemplateValues.Describe(bound)}, not a {typeof(T).Name} for {field}"),
        _ => fallback,
    };

    public bool Equals(TemplateField<T> other) =>
        Kind == other.Kind && CaptureName == other.CaptureName && (Kind != TemplateFieldKind.Fixed || TemplateValues.AreEqual(value!, other.value!));

    public override bool Equals(object? obj) => obj is TemplateField<T> other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Kind, CaptureName);

    public static bool operator ==(TemplateField<T> left, TemplateField<T> right) => left.Equals(right);

    public static bool operator !=(TemplateField<T> left, TemplateField<T> right) => !left.Equals(right);

    /// <summary>"2.01", "any", "capture(location)".</summary>
    public override string ToString() => Kind switch
    {
        TemplateFieldKind.Fixed => TemplateValues.Describe(value!),
        TemplateFieldKind.Capture => $"capture({CaptureName})",
        _ => "any",
    };
}
