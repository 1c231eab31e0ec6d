using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Harness.Protocol.Lwm2m.Model.Ddf;

/// <summary>Error collection and element access shared by the object and resource readers.</summary>
internal sealed class DdfContext(string source)
{
    public List<DdfError> Errors { get; } = [];

    public void Error(XObject at, string message)
    {
        var info = (IXmlLineInfo)at;
        Errors.Add(info.HasLineInfo()
            ? new DdfError(source, info.LineNumber, info.LinePosition, message)
            : new DdfError(source, 0, 0, message));
    }

    /// <summary>The one child named <paramref name="name"/>; a missing required child or a repeated one is an error.</summary>
    public XElement? Child(XElement parent, string name, bool required, string expected)
    {
        XElement? found = null;
        foreach (var child in parent.Elements().Where(e => e.Name.LocalName == name))
        {
            if (found is null)
            {
                found = child;
            }
            else
            {
                Error(child, $"<{name}> appears twice in <{parent.Name.LocalName}>; expected it once");
            }
        }

        if (found is null && required)
        {
            Error(parent, $"<{parent.Name.LocalName}> has no <{name}>; expected {expected}");
        }

        return found;
    }

    /// <summary>The text of a required child, or null (and an error) when it is missing.</summary>
    public string? RequiredText(XElement parent, string name, string expected) =>
        Child(parent, name, required: true, expected) is { } element ? Text(element) : null;

    /// <summary>The text of an optional child, or null when it is absent.</summary>
    public string? OptionalText(XElement parent, string name) =>
        Child(parent, name, required: false, "") is { } element ? Text(element) : null;

    /// <summary>Reads "Multiple"/"Single" or "Mandatory"/"Optional" into a flag.</summary>
    public bool? Choice(XElement parent, string name, string yes, string no)
    {
        var element = Child(parent, name, required: true, $"{yes} or {no}");
        if (element is null)
        {
            return null;
        }

        var text = Text(element);
        if (text == yes || text == no)
        {
            return text == yes;
        }

        Error(element, $"<{name}> is \"{text}\"; expected {yes} or {no}");
        return null;
    }

    /// <summary>A decimal id 0..65534 without sign or leading zeros.</summary>
    public int? Id(XObject at, string text, string what)
    {
        var digitsOnly = text.Length is > 0 and <= 5 && text.All(char.IsAsciiDigit) && (text.Length == 1 || text[0] != '0');
        if (digitsOnly && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && Lwm2mId.IsValid(id))
        {
            return id;
        }

        Error(at, $"{what} is \"{text}\"; expected a decimal number 0..{Lwm2mId.Max} ({Lwm2mId.Reserved} is reserved)");
        return null;
    }

    public static string Text(XElement element) => element.Value.Trim();

    /// <summary>Descriptions may span lines in the file; the model keeps one line.</summary>
    public static string OneLine(string? text) =>
        text is null ? "" : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
