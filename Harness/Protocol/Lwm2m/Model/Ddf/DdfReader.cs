using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Harness.Protocol.Lwm2m.Model.Ddf;

/// <summary>
/// Reads object definition files in the OMA LwM2M registry's XML format (the LWM2M root with Object
/// elements: Name, ObjectID, ObjectURN, LWM2MVersion, ObjectVersion, MultipleInstances, Mandatory and
/// Resources/Item). Faults are collected over the whole file and thrown together as a
/// <see cref="DdfFormatException"/>, each with line and column. No DTDs and no external entities are
/// read, so loading a file never reaches the network.
/// </summary>
public static class DdfReader
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = false,
    };

    /// <summary>Reads a file's bytes; the encoding comes from the BOM or the XML declaration.</summary>
    public static IReadOnlyList<ObjectDefinition> Read(Stream stream, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return Load(() => XmlReader.Create(stream, Settings), sourceName);
    }

    public static IReadOnlyList<ObjectDefinition> Read(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return Load(() => XmlReader.Create(reader, Settings), sourceName);
    }

    public static IReadOnlyList<ObjectDefinition> Parse(string xml, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(xml);
        using var reader = new StringReader(xml);
        return Read(reader, sourceName);
    }

    private static List<ObjectDefinition> Load(Func<XmlReader> open, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        XDocument document;
        try
        {
            using var xml = open();
            document = XDocument.Load(xml, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            throw new DdfFormatException([new DdfError(sourceName, e.LineNumber, e.LinePosition, "Malformed XML: " + WithoutPosition(e))]);
        }

        var context = new DdfContext(sourceName);
        var definitions = DdfObjectReader.ReadDocument(context, document);
        return context.Errors.Count == 0 ? definitions : throw new DdfFormatException(context.Errors);
    }

    /// <summary>XmlException messages end with "Line n, position m."; the error carries those already.</summary>
    private static string WithoutPosition(XmlException e)
    {
        var suffix = string.Create(CultureInfo.InvariantCulture, $" Line {e.LineNumber}, position {e.LinePosition}.");
        return e.Message.EndsWith(suffix, StringComparison.Ordinal) ? e.Message[..^suffix.Length] : e.Message;
    }
}
