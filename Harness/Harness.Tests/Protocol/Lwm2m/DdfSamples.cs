namespace Harness.Tests.Protocol.Lwm2m;

/// <summary>Small object definition documents for loader tests, and positions inside them.</summary>
internal static class DdfSamples
{
    public const string ValidItem = """
              <Item ID="0">
                <Name>Level</Name>
                <Operations>RW</Operations>
                <MultipleInstances>Single</MultipleInstances>
                <Mandatory>Mandatory</Mandatory>
                <Type>Integer</Type>
                <RangeEnumeration>0..100</RangeEnumeration>
                <Units>%</Units>
                <Description>How full
                  the tank is.</Description>
              </Item>
        """;

    public const string ExecutableItem = """
              <Item ID="1">
                <Name>Refill</Name>
                <Operations>E</Operations>
                <MultipleInstances>Single</MultipleInstances>
                <Mandatory>Optional</Mandatory>
                <Type></Type>
                <RangeEnumeration/>
                <Units/>
                <Description>Starts a refill.</Description>
              </Item>
        """;

    /// <summary>A complete document; <paramref name="header"/> replaces the lines between Name and Resources.</summary>
    public static string Document(string items, string? header = null) => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <LWM2M>
          <Object ObjectType="MODefinition">
            <Name>Tank</Name>
            <Description1>A tank
              with a level.</Description1>
        {header ?? DefaultHeader}
            <Resources>
        {items}
            </Resources>
            <Description2/>
          </Object>
        </LWM2M>
        """;

    public const string DefaultHeader = """
            <ObjectID>42800</ObjectID>
            <ObjectURN>urn:oma:lwm2m:x:42800:1.1</ObjectURN>
            <LWM2MVersion>1.1</LWM2MVersion>
            <ObjectVersion>1.1</ObjectVersion>
            <MultipleInstances>Multiple</MultipleInstances>
            <Mandatory>Optional</Mandatory>
        """;

    /// <summary>1-based line and the column XmlReader reports for <paramref name="marker"/> (just after a leading '&lt;').</summary>
    public static (int Line, int Column) PositionOf(string xml, string marker)
    {
        var lines = xml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var index = lines[i].IndexOf(marker, StringComparison.Ordinal);
            if (index >= 0)
            {
                return (i + 1, index + 1 + (marker.StartsWith('<') ? 1 : 0));
            }
        }

        throw new ArgumentException($"{marker} is not in the document", nameof(marker));
    }
}
