namespace Harness.Protocol.Coap;

/// <summary>Typed views of the options most checks look at.</summary>
public sealed partial class CoapMessage
{
    /// <summary>Uri-Path segments joined with '/', with a leading '/'; "/" when there are none.</summary>
    public string UriPath => "/" + string.Join('/', Options.GetStrings(OptionNumber.UriPath));

    public IReadOnlyList<string> UriPathSegments => Options.GetStrings(OptionNumber.UriPath);

    public IReadOnlyList<string> UriQuery => Options.GetStrings(OptionNumber.UriQuery);

    public IReadOnlyList<string> LocationPathSegments => Options.GetStrings(OptionNumber.LocationPath);

    public int? ContentFormat => (int?)Options.GetUInt(OptionNumber.ContentFormat);

    public int? Accept => (int?)Options.GetUInt(OptionNumber.Accept);

    public uint? Observe => Options.GetUInt(OptionNumber.Observe);

    public uint? MaxAge => Options.GetUInt(OptionNumber.MaxAge);

    public uint? Size1 => Options.GetUInt(OptionNumber.Size1);

    public uint? Size2 => Options.GetUInt(OptionNumber.Size2);

    public BlockValue? Block1 => Options.GetUInt(OptionNumber.Block1) is { } v ? BlockValue.FromUInt(v) : null;

    public BlockValue? Block2 => Options.GetUInt(OptionNumber.Block2) is { } v ? BlockValue.FromUInt(v) : null;

    public string TokenHex => Convert.ToHexStringLower(Token.Span);

    /// <summary>One-line summary for logs and timelines: "CON GET mid=0x1234 token=0a1b /rd?ep=x (12 B)".</summary>
    public override string ToString()
    {
        var text = new System.Text.StringBuilder();
        text.Append(TypeAbbreviation(Type)).Append(' ').Append(Code.Describe());
        text.Append(" mid=0x").Append(MessageId.ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
        if (!Token.IsEmpty)
        {
            text.Append(" token=").Append(TokenHex);
        }

        foreach (var option in Options)
        {
            text.Append(" [").Append(option).Append(']');
        }

        if (!Payload.IsEmpty)
        {
            text.Append(" payload ").Append(Payload.Length).Append(" B");
        }

        return text.ToString();
    }

    public static string TypeAbbreviation(CoapMessageType type) => type switch
    {
        CoapMessageType.Confirmable => "CON",
        CoapMessageType.NonConfirmable => "NON",
        CoapMessageType.Acknowledgement => "ACK",
        CoapMessageType.Reset => "RST",
        _ => "?",
    };
}
