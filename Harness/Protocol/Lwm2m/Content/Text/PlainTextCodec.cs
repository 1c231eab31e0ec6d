using System.Text;
using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m.Values;

namespace Harness.Protocol.Lwm2m.Content.Text;

/// <summary>
/// text/plain for one resource or resource instance value (LwM2M Core §7.4.1): Content-Format 0, and
/// 1541 (application/vnd.oma.lwm2m+text) for LwM2M 1.0 devices. The object model types the text; an
/// unknown resource reads as a String. The rules are the same in 1.0.2, 1.1.1 and 1.2; Unsigned Integer
/// and Corelnk exist from 1.1 on, which the model version for the context decides. Rules: RULES.md here.
/// </summary>
public sealed class PlainTextCodec : ILwm2mContentCodec
{
    private PlainTextCodec()
    {
    }

    public static PlainTextCodec Instance { get; } = new();

    public int ContentFormat => Coap.ContentFormat.TextPlain;

    public string Name => "Plain text";

    public Lwm2mDecodeResult Decode(ReadOnlyMemory<byte> payload, Lwm2mCodecContext context)
    {
        var target = SingleValueTarget.Resolve(context, SingleValueFormat.PlainText, out var levelError);
        if (target is null)
        {
            return context.Mode == CoapDecodeMode.Strict ? Lwm2mDecodeResult.Failure(levelError!) : new(Lwm2mContent.Empty, [levelError!]);
        }

        var bytes = payload.Span;
        string text = Encoding.UTF8.GetString(bytes);
        int invalid = Utf8Text.FirstInvalid(bytes);
        if (invalid >= 0)
        {
            target.Findings.Add(new(TextRuleIds.TextUtf8, $"text/plain for {target.Path} is not UTF-8 (byte 0x{bytes[invalid]:X2})", invalid, SingleValueFormat.PlainText.Clause));
        }

        var type = target.Resource?.DataType ?? Lwm2mDataType.String;
        if (type == Lwm2mDataType.None)
        {
            target.Findings.Add(new(TextRuleIds.TextExecutable, $"{target.Path} ({target.Resource!.Name}) is executable and has no value, yet text/plain carries one", 0, SingleValueFormat.PlainText.Clause));
            return target.Result(Lwm2mValue.String(text), context.Mode);
        }

        var value = PlainTextValueParser.Parse(type, text, out string? rule);
        if (value is null)
        {
            target.Findings.Add(new(
                rule!,
                $"text/plain for {target.Path} typed {type.ToName()} reads \"{Shorten(text)}\"; expected {PlainTextValueParser.Expected(type)}",
                0,
                "LwM2M Core Appendix C Data Types"));
        }

        return target.Result(value ?? Lwm2mValue.String(text), context.Mode);
    }

    /// <summary>Encodes one single resource or resource instance at the request path; Float NaN and infinities have no text form.</summary>
    public byte[] Encode(Lwm2mContent content, Lwm2mCodecContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var value = SingleValueTarget.ValueToEncode(content, context.RequestPath, "text/plain");
        return Encoding.UTF8.GetBytes(PlainTextValueFormatter.Format(value));
    }

    /// <summary>The text, quoted with escapes, and its length; never throws.</summary>
    public string Render(ReadOnlyMemory<byte> payload)
    {
        var bytes = payload.Span;
        int invalid = Utf8Text.FirstInvalid(bytes);
        return invalid < 0
            ? $"text/plain, {bytes.Length} bytes: {ValueText.Quote(Encoding.UTF8.GetString(bytes))}"
            : $"text/plain, {bytes.Length} bytes, not UTF-8 at byte {invalid}: 0x{Convert.ToHexStringLower(bytes)}";
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
