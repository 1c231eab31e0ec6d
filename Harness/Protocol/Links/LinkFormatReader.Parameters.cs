using System.Text;
using System.Text.Unicode;

namespace Harness.Protocol.Links;

/// <summary>link-param: parmname ["*"] ["=" (ptoken / quoted-string)] and the per-attribute value rules.</summary>
internal sealed partial class LinkFormatReader
{
    /// <summary>Reads one link-param after its ';'; null when the parameter is unusable.</summary>
    private LinkParameter? ReadParameter()
    {
        int nameStart = position;
        while (!AtEnd && LinkFormatRules.IsAttrChar(Current))
        {
            position++;
        }

        if (position == nameStart)
        {
            Report("LINK-ATTR-NAME", AtEnd || Current is Semicolon or Comma
                ? "Empty attribute after ';'"
                : $"Attribute name starts with '{Printable(Current)}', outside parmname", LinkFormatRules.ParmName);
            return null;
        }

        bool star = !AtEnd && Current == (byte)'*';
        if (star)
        {
            position++;
        }

        string name = Encoding.ASCII.GetString(Span[nameStart..position]);
        if (AtEnd || Current != (byte)'=')
        {
            if (star)
            {
                Report("LINK-EXT-VALUE", $"'{name}' needs an ext-value", LinkFormatRules.ExtValue);
                return null;
            }

            return EndOfValue() ? LinkParameter.Flag(name) : null;
        }

        position++;
        int valueStart = position;
        var parameter = !AtEnd && Current == (byte)'"' ? ReadQuoted(name) : ReadToken(name);
        if (parameter is not { } read || !EndOfValue())
        {
            return null;
        }

        return CheckValue(read, valueStart) ? read : null;
    }

    private LinkParameter? ReadToken(string name)
    {
        int start = position;
        while (!AtEnd && LinkFormatRules.IsPtokenChar(Current))
        {
            position++;
        }

        if (position == start)
        {
            Report("LINK-ATTR-VALUE-EMPTY", $"'{name}=' has no value", LinkFormatRules.Abnf);
            return null;
        }

        return LinkParameter.Token(name, Encoding.ASCII.GetString(Span[start..position]));
    }

    private LinkParameter? ReadQuoted(string name)
    {
        int open = position++;
        var bytes = new List<byte>();
        while (!AtEnd && Current != (byte)'"')
        {
            byte b = Current;
            if (b == (byte)'\\' && position + 1 < input.Length && Span[position + 1] < 0x80)
            {
                bytes.Add(Span[position + 1]);
                position += 2;
                continue;
            }

            if ((b < 0x20 && b != (byte)'\t') || b == 0x7F || b == (byte)'\\')
            {
                Report("LINK-QUOTED-CTL", $"Byte {Printable(b)} is not allowed in a quoted-string", LinkFormatRules.QuotedString);
                if (Failed)
                {
                    return null;
                }
            }

            bytes.Add(b);
            position++;
        }

        if (AtEnd)
        {
            Report("LINK-UNTERMINATED-QUOTE", $"Quoted value of '{name}' has no closing '\"'", LinkFormatRules.QuotedString, open);
            return null;
        }

        position++;
        var content = bytes.ToArray();
        if (!Utf8.IsValid(content))
        {
            Report("LINK-UTF8", $"Quoted value of '{name}' is not valid UTF-8", "RFC 6690 §7.1", open);
            if (Failed)
            {
                return null;
            }
        }

        return LinkParameter.QuotedString(name, Encoding.UTF8.GetString(content));
    }

    /// <summary>After a value or flag only ';', ',', whitespace (lax) or the end may follow.</summary>
    private bool EndOfValue()
    {
        if (AtEnd || Current is Semicolon or Comma || LinkFormatRules.IsWhitespace(Current))
        {
            return true;
        }

        Report("LINK-PTOKEN-CHAR", $"Byte '{Printable(Current)}' is not allowed here (an unquoted value is a ptoken)", LinkFormatRules.Abnf);
        return false;
    }

    /// <summary>Value rules that RFC 6690 §2 and RFC 7252 §7.2.1 give specific attributes.</summary>
    private bool CheckValue(LinkParameter parameter, int offset)
    {
        string value = parameter.Value!;
        string? problem = parameter.Name switch
        {
            "sz" when parameter.Quoted || !LinkFormatRules.IsCardinal(value) => "sz must be an unquoted cardinal",
            "ct" when !IsContentTypeValue(parameter) => "ct must be a cardinal, or a quoted list of cardinals",
            "anchor" or "title" when !parameter.Quoted => $"{parameter.Name} must be a quoted-string",
            _ when parameter.Name.EndsWith('*') && (parameter.Quoted || !LinkFormatRules.IsExtValue(value)) => $"{parameter.Name} must be an ext-value charset'lang'value",
            _ => null,
        };
        if (problem is null)
        {
            return true;
        }

        string rule = parameter.Name.EndsWith('*') ? "LINK-EXT-VALUE" : "LINK-ATTR-VALUE";
        Report(rule, problem, parameter.Name == "ct" ? LinkFormatRules.ContentType : LinkFormatRules.Abnf, offset);
        return lax;
    }

    private static bool IsContentTypeValue(LinkParameter parameter) =>
        parameter.Quoted
            ? parameter.Value!.Length > 0 && parameter.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } parts
              && parts.All(p => LinkFormatRules.IsCardinal(p)) && !parameter.Value.StartsWith(' ') && !parameter.Value.EndsWith(' ')
            : LinkFormatRules.IsCardinal(parameter.Value);
}
