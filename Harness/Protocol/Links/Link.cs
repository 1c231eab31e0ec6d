using System.Globalization;

namespace Harness.Protocol.Links;

/// <summary>
/// One link-value of a CoRE link-format document (RFC 6690 §2): the target URI-Reference and its
/// parameters in order. Equality compares target and parameters, not where the link was read.
/// </summary>
public sealed class Link : IEquatable<Link>
{
    public Link(string target, IEnumerable<LinkParameter>? parameters = null, int offset = -1)
    {
        ArgumentNullException.ThrowIfNull(target);
        Target = target;
        Parameters = parameters?.ToArray() ?? [];
        Offset = offset;
    }

    public string Target { get; }

    public IReadOnlyList<LinkParameter> Parameters { get; }

    /// <summary>Byte offset of the link's '&lt;' in the parsed payload; -1 for a link built in code.</summary>
    public int Offset { get; }

    public bool Has(string name) => Parameters.Any(p => p.Name == name);

    /// <summary>The first value of <paramref name="name"/>; null when absent or a flag.</summary>
    public string? Get(string name) => Parameters.FirstOrDefault(p => p.Name == name).Value;

    public long? GetInteger(string name) =>
        long.TryParse(Get(name), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long value) ? value : null;

    public double? GetNumber(string name) =>
        double.TryParse(Get(name), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out double value) ? value : null;

    public Link With(string name, string value) => Append(LinkParameter.Token(name, value));

    public Link With(string name, long value) => Append(LinkParameter.Token(name, value.ToString(CultureInfo.InvariantCulture)));

    public Link WithQuoted(string name, string value) => Append(LinkParameter.QuotedString(name, value));

    public Link WithFlag(string name) => Append(LinkParameter.Flag(name));

    public bool Equals(Link? other) =>
        other is not null && Target == other.Target && Parameters.SequenceEqual(other.Parameters);

    public override bool Equals(object? obj) => Equals(obj as Link);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Target, StringComparer.Ordinal);
        foreach (var parameter in Parameters)
        {
            hash.Add(parameter);
        }

        return hash.ToHashCode();
    }

    public override string ToString() => LinkFormatWriter.Write(this);

    private Link Append(LinkParameter parameter) => new(Target, Parameters.Append(parameter), Offset);
}
