using System.Text;
using Harness.Protocol.Coap;

namespace Harness.Protocol.Links;

/// <summary>
/// One pass over a link-format payload (RFC 6690 §2), linear in its length. Strict: stops at the first
/// broken rule. Lax: records it, skips whitespace and the broken parameter or link, and keeps the rest.
/// </summary>
internal sealed partial class LinkFormatReader
{
    private const byte Comma = (byte)',';
    private const byte Semicolon = (byte)';';
    private readonly ReadOnlyMemory<byte> input;
    private readonly bool lax;
    private readonly List<CoapFormatError> errors = [];
    private int position;

    public LinkFormatReader(ReadOnlyMemory<byte> input, bool lax)
    {
        this.input = input;
        this.lax = lax;
    }

    private ReadOnlySpan<byte> Span => input.Span;

    private bool AtEnd => position >= input.Length;

    private byte Current => Span[position];

    private bool Failed => !lax && errors.Count > 0;

    public LinkFormatParseResult Read()
    {
        var links = new List<Link>();
        if (input.IsEmpty)
        {
            return new LinkFormatParseResult(links, errors);
        }

        while (!Failed)
        {
            SkipWhitespace();
            if (AtEnd || Current == Comma)
            {
                Report("LINK-EMPTY", "Empty link: a comma must separate two links", LinkFormatRules.Abnf);
                if (AtEnd)
                {
                    break;
                }

                position++;
                continue;
            }

            if (ReadLink() is { } link)
            {
                links.Add(link);
            }

            if (Failed || AtEnd)
            {
                break;
            }

            position++; // the comma that ended the link
            if (AtEnd)
            {
                Report("LINK-EMPTY", "Trailing comma with no link after it", LinkFormatRules.Abnf);
            }
        }

        return Failed ? new LinkFormatParseResult([], errors) : new LinkFormatParseResult(links, errors);
    }

    /// <summary>Reads one link-value; leaves the position at the ',' that ends it or at the end.</summary>
    private Link? ReadLink()
    {
        int start = position;
        if (Current != (byte)'<')
        {
            Report("LINK-MISSING-LT", $"Link starts with '{Printable(Current)}' instead of '<'", LinkFormatRules.Abnf);
            SkipTo(stopAtSemicolon: false);
            return null;
        }

        string? target = ReadTarget();
        if (target is null)
        {
            SkipTo(stopAtSemicolon: false);
            return null;
        }

        var parameters = new List<LinkParameter>();
        while (!Failed)
        {
            SkipWhitespace();
            if (AtEnd || Current == Comma)
            {
                break;
            }

            if (Current != Semicolon)
            {
                Report("LINK-SEPARATOR", $"Expected ';', ',' or the end after a link part, found '{Printable(Current)}'", LinkFormatRules.Abnf);
                SkipTo(stopAtSemicolon: true);
                continue;
            }

            position++;
            SkipWhitespace();
            if (ReadParameter() is { } parameter)
            {
                parameters.Add(parameter);
            }
            else
            {
                SkipTo(stopAtSemicolon: true);
            }
        }

        return new Link(target, parameters, start);
    }

    /// <summary>Reads "&lt;" URI-Reference "&gt;"; null when it cannot find the closing '&gt;'.</summary>
    private string? ReadTarget()
    {
        int open = position++;
        int start = position;
        while (!AtEnd && Current != (byte)'>')
        {
            byte b = Current;
            if (b == (byte)'%' && !(position + 2 < input.Length && LinkFormatRules.IsHexDigit(Span[position + 1]) && LinkFormatRules.IsHexDigit(Span[position + 2])))
            {
                Report("LINK-URI-PCT", "'%' is not followed by two hex digits", LinkFormatRules.PercentEncoding);
            }
            else if (b != (byte)'%' && !LinkFormatRules.IsUriChar(b))
            {
                Report("LINK-URI-CHAR", $"Byte '{Printable(b)}' is not allowed in a URI-Reference", LinkFormatRules.UriReference);
            }

            if (Failed)
            {
                return null;
            }

            position++;
        }

        if (AtEnd)
        {
            Report("LINK-UNTERMINATED-URI", "'<' has no matching '>'", LinkFormatRules.Abnf, open);
            return null;
        }

        string target = Encoding.UTF8.GetString(Span[start..position]);
        position++;
        return target;
    }

    private void SkipWhitespace()
    {
        if (AtEnd || !LinkFormatRules.IsWhitespace(Current))
        {
            return;
        }

        Report("LINK-WHITESPACE", "Whitespace is not part of the link-format grammar", LinkFormatRules.Abnf);
        while (lax && !AtEnd && LinkFormatRules.IsWhitespace(Current))
        {
            position++;
        }
    }

    /// <summary>Lax recovery: moves to the next ',' (or ';' when asked) outside a quoted-string.</summary>
    private void SkipTo(bool stopAtSemicolon)
    {
        while (!AtEnd)
        {
            byte b = Current;
            if (b == Comma || (stopAtSemicolon && b == Semicolon))
            {
                return;
            }

            if (b == (byte)'"')
            {
                position++;
                while (!AtEnd && Current != (byte)'"')
                {
                    position += Current == (byte)'\\' ? 2 : 1;
                }
            }

            position++;
        }

        position = input.Length;
    }

    private void Report(string rule, string message, string clause, int? offset = null)
    {
        if (!Failed)
        {
            errors.Add(new CoapFormatError(rule, message, offset ?? position, clause));
        }
    }

    private static string Printable(byte b) => b is >= 0x21 and < 0x7F ? ((char)b).ToString() : $"0x{b:x2}";
}
