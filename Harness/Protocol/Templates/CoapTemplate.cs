using System.Collections.Immutable;
using Harness.Protocol.Coap;

namespace Harness.Protocol.Templates;

/// <summary>
/// A CoAP message in which any field may be fixed, <c>Any</c> or a named capture. The same template is an
/// expectation (<see cref="Match"/>) and a stimulus (<see cref="Build"/>), with captured values reused by
/// name. Options not named in <see cref="Options"/> are ignored unless <see cref="OtherOptionsAllowed"/>
/// is false. Uri-Path and Uri-Query are lists; every other option is matched by number.
/// </summary>
public sealed record CoapTemplate
{
    public TemplateField<CoapMessageType> Type { get; init; }

    public TemplateField<CoapCode> Code { get; init; }

    public TemplateField<ushort> MessageId { get; init; }

    public TemplateField<byte[]> Token { get; init; }

    public SegmentListTemplate UriPath { get; init; } = SegmentListTemplate.Any;

    public SegmentListTemplate UriQuery { get; init; } = SegmentListTemplate.Any;

    public ImmutableSortedDictionary<int, OptionTemplate> Options { get; init; } = ImmutableSortedDictionary<int, OptionTemplate>.Empty;

    public bool OtherOptionsAllowed { get; init; } = true;

    public PayloadTemplate Payload { get; init; } = PayloadTemplate.Any;

    /// <summary>A request with this code and path; query "a=1&amp;b" gives Uri-Query items in that order.</summary>
    public static CoapTemplate Request(CoapCode code, string path, string? query = null) => new()
    {
        Code = code,
        UriPath = SegmentListTemplate.Path(path),
        UriQuery = query is null ? SegmentListTemplate.Any : SegmentListTemplate.Exactly(query.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(q => (TemplateField<string>)q)),
    };

    /// <summary>A response of this code with any type, message id and token.</summary>
    public static CoapTemplate Response(CoapCode code) => new() { Code = code };

    /// <summary>
    /// Everything the message says, fixed, except message id and token (Any): the usual way to turn a
    /// valid message into an expectation or a reusable stimulus.
    /// </summary>
    public static CoapTemplate From(CoapMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var options = message.Options
            .Where(o => o.Number is not (OptionNumber.UriPath or OptionNumber.UriQuery))
            .GroupBy(o => o.Number)
            .ToImmutableSortedDictionary(g => g.Key, g => OptionTemplate.Present(g.Select(o => (TemplateField<byte[]>)o.Value.ToArray())));
        return new CoapTemplate
        {
            Type = message.Type,
            Code = message.Code,
            UriPath = SegmentListTemplate.Exactly(message.UriPathSegments.Select(s => (TemplateField<string>)s)),
            UriQuery = SegmentListTemplate.Exactly(message.UriQuery.Select(s => (TemplateField<string>)s)),
            Options = options,
            OtherOptionsAllowed = false,
            Payload = PayloadTemplate.Exact(message.Payload.ToArray()),
        };
    }

    public CoapTemplate WithOption(int number, OptionTemplate option)
    {
        ArgumentNullException.ThrowIfNull(option);
        return number is OptionNumber.UriPath or OptionNumber.UriQuery
            ? throw new ArgumentException("Uri-Path and Uri-Query are lists: set UriPath or UriQuery", nameof(number))
            : this with { Options = Options.SetItem(number, option) };
    }

    public CoapTemplate WithoutOption(int number) => WithOption(number, OptionTemplate.Absent);

    /// <summary>Matches <paramref name="message"/>; names already bound in <paramref name="bound"/> must match their values.</summary>
    public TemplateMatch Match(CoapMessage message, TemplateCaptures? bound = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        var input = bound ?? new TemplateCaptures();
        var captures = input.Copy();
        var mismatches = new List<TemplateMismatch>();
        Check(Type.Match(message.Type, captures, "type"), "type", CoapMessage.TypeAbbreviation(message.Type), mismatches);
        Check(Code.Match(message.Code, captures, "code"), "code", message.Code.Describe(), mismatches);
        Check(MessageId.Match(message.MessageId, captures, "message id"), "message id", message.MessageId.ToString(System.Globalization.CultureInfo.InvariantCulture), mismatches);
        Check(Token.Match(message.Token.ToArray(), captures, "token"), "token", TemplateValues.DescribeBytes(message.Token.Span), mismatches);
        UriPath.Match("Uri-Path", message.UriPathSegments, captures, mismatches);
        UriQuery.Match("Uri-Query", message.UriQuery, captures, mismatches);
        foreach (var (number, option) in Options)
        {
            option.Match(number, [.. message.Options.Where(o => o.Number == number)], captures, mismatches);
        }

        if (!OtherOptionsAllowed)
        {
            foreach (var extra in message.Options.Where(o => o.Number is not (OptionNumber.UriPath or OptionNumber.UriQuery) && !Options.ContainsKey(o.Number)))
            {
                mismatches.Add(new TemplateMismatch(extra.Name, "absent (not in the template)", extra.FormatValue()));
            }
        }

        Payload.Match(message.Payload, captures, mismatches);
        return new TemplateMatch(this, message, mismatches.Count == 0 ? captures : input, mismatches);
    }

    /// <summary>
    /// A message carrying the fixed values, and the captured ones for captures (the default where nothing
    /// is bound): type CON, message id 0 and an empty token (an endpoint assigns both), no payload.
    /// The code must be fixed or captured; an option or list item that is Any cannot be built.
    /// </summary>
    public CoapMessage Build(TemplateCaptures? captures = null)
    {
        captures ??= new TemplateCaptures();
        if (Code.Kind == TemplateFieldKind.Any)
        {
            throw new InvalidOperationException("Cannot build a message whose code is Any");
        }

        var options = new List<CoapOption>();
        options.AddRange(UriPath.Build("Uri-Path", captures).Select(s => CoapOption.FromString(OptionNumber.UriPath, s)));
        options.AddRange(UriQuery.Build("Uri-Query", captures).Select(s => CoapOption.FromString(OptionNumber.UriQuery, s)));
        foreach (var (number, option) in Options)
        {
            options.AddRange(option.Build(number, captures));
        }

        return new CoapMessage(
            Type.Resolve(captures, CoapMessageType.Confirmable, "type"),
            Code.Resolve(captures, CoapCode.Empty, "code"),
            MessageId.Resolve(captures, 0, "message id"),
            Token.Resolve(captures, [], "token"),
            options,
            Payload.Build(captures));
    }

    /// <summary>"CON 0.02 POST Uri-Path=[rd] Uri-Query=[...] Content-Format=40 payload=any".</summary>
    public override string ToString()
    {
        var parts = new List<string> { Type.ToString(), Code.ToString() };
        if (MessageId.Kind != TemplateFieldKind.Any)
        {
            parts.Add($"mid={MessageId}");
        }

        if (Token.Kind != TemplateFieldKind.Any)
        {
            parts.Add($"token={Token}");
        }

        parts.Add($"Uri-Path={UriPath}");
        parts.Add($"Uri-Query={UriQuery}");
        parts.AddRange(Options.Select(o => $"{OptionRegistry.NameOf(o.Key)}={o.Value}"));
        parts.Add($"payload={Payload}");
        return string.Join(' ', parts);
    }

    private static void Check(string? expected, string field, string actual, List<TemplateMismatch> mismatches)
    {
        if (expected is not null)
        {
            mismatches.Add(new TemplateMismatch(field, expected, actual));
        }
    }
}
