using System.Text;

namespace Harness.Protocol.Links;

/// <summary>
/// Writes links as application/link-format (RFC 6690 §2) that <see cref="LinkFormatParser"/> reads back
/// unchanged: values marked quoted, or not valid as a ptoken, become quoted-strings.
/// </summary>
public static class LinkFormatWriter
{
    public static string Write(IEnumerable<Link> links)
    {
        ArgumentNullException.ThrowIfNull(links);
        var text = new StringBuilder();
        foreach (var link in links)
        {
            if (text.Length > 0)
            {
                text.Append(',');
            }

            Append(text, link);
        }

        return text.ToString();
    }

    public static byte[] WriteUtf8(IEnumerable<Link> links) => Encoding.UTF8.GetBytes(Write(links));

    public static string Write(Link link)
    {
        var text = new StringBuilder();
        Append(text, link);
        return text.ToString();
    }

    public static string Write(LinkParameter parameter)
    {
        var text = new StringBuilder();
        Append(text, parameter);
        return text.ToString();
    }

    private static void Append(StringBuilder text, Link link)
    {
        ArgumentNullException.ThrowIfNull(link);
        foreach (char c in link.Target)
        {
            if (c > 0x7F || (c != '%' && !LinkFormatRules.IsUriChar((byte)c)))
            {
                throw new ArgumentException($"Target '{link.Target}' has '{c}', which a URI-Reference cannot hold; percent-encode it", nameof(link));
            }
        }

        text.Append('<').Append(link.Target).Append('>');
        foreach (var parameter in link.Parameters)
        {
            text.Append(';');
            Append(text, parameter);
        }
    }

    private static void Append(StringBuilder text, LinkParameter parameter)
    {
        if (parameter.Name.Length == 0 || !parameter.Name.TrimEnd('*').All(c => c < 0x80 && LinkFormatRules.IsAttrChar((byte)c)))
        {
            throw new ArgumentException($"'{parameter.Name}' is not a parmname (RFC 5987 attr-char)", nameof(parameter));
        }

        text.Append(parameter.Name);
        if (parameter.Value is not { } value)
        {
            return;
        }

        if (value.Any(c => (c < 0x20 && c != '\t') || c == 0x7F))
        {
            throw new ArgumentException($"Value of '{parameter.Name}' has a control character, which a quoted-string cannot hold", nameof(parameter));
        }

        text.Append('=');
        bool token = value.Length > 0 && value.All(c => c < 0x80 && LinkFormatRules.IsPtokenChar((byte)c));

        // anchor and title are quoted-strings by grammar (RFC 6690 §2) whatever the caller marked.
        bool mustQuote = parameter.Quoted || parameter.Name is "anchor" or "title";
        if (!mustQuote && token)
        {
            text.Append(value);
            return;
        }

        text.Append('"');
        foreach (char c in value)
        {
            if (c is '"' or '\\')
            {
                text.Append('\\');
            }

            text.Append(c);
        }

        text.Append('"');
    }
}
