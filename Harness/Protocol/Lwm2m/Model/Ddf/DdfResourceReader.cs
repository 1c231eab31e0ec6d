using System.Xml.Linq;
using Harness.Protocol.Lwm2m.Values;

namespace Harness.Protocol.Lwm2m.Model.Ddf;

/// <summary>Reads one Resources/Item element into a <see cref="ResourceDefinition"/>.</summary>
internal static class DdfResourceReader
{
    public static ResourceDefinition? Read(DdfContext context, XElement item)
    {
        var errorsBefore = context.Errors.Count;
        var idAttribute = item.Attribute("ID");
        int? id = null;
        if (idAttribute is null)
        {
            context.Error(item, $"<Item> has no ID attribute; expected a resource id 0..{Lwm2mId.Max}");
        }
        else
        {
            id = context.Id(idAttribute, idAttribute.Value.Trim(), "The Item ID attribute");
        }

        var name = context.RequiredText(item, "Name", "the resource name");
        if (name is { Length: 0 })
        {
            context.Error(item.Element("Name")!, "<Name> is empty; expected the resource name");
        }

        var operations = ReadOperations(context, item);
        var multiple = context.Choice(item, "MultipleInstances", "Multiple", "Single");
        var mandatory = context.Choice(item, "Mandatory", "Mandatory", "Optional");
        var type = ReadType(context, item);
        if (type == Lwm2mDataType.None && operations is { } ops && ops != ResourceOperations.Execute)
        {
            context.Error(item, $"Resource {id} has no <Type> but is not executable; expected a data type for operations \"{ops.ToName()}\"");
        }

        if (context.Errors.Count > errorsBefore)
        {
            return null;
        }

        return new ResourceDefinition
        {
            Id = id!.Value,
            Name = name!,
            Operations = operations!.Value,
            IsMultiple = multiple!.Value,
            IsMandatory = mandatory!.Value,
            DataType = type!.Value,
            RangeEnumeration = context.OptionalText(item, "RangeEnumeration") ?? "",
            Units = context.OptionalText(item, "Units") ?? "",
            Description = DdfContext.OneLine(context.OptionalText(item, "Description")),
        };
    }

    private static ResourceOperations? ReadOperations(DdfContext context, XElement item)
    {
        var element = context.Child(item, "Operations", required: true, "R, W, RW, E or empty");
        if (element is null)
        {
            return null;
        }

        var text = DdfContext.Text(element);
        if (ResourceOperationNames.TryParse(text, out var operations))
        {
            return operations;
        }

        context.Error(element, $"<Operations> is \"{text}\"; expected R, W, RW, E or empty");
        return null;
    }

    private static Lwm2mDataType? ReadType(DdfContext context, XElement item)
    {
        var expected = string.Join(", ", Lwm2mDataTypeNames.All.Where(n => n.Length > 0)) + " or empty (executable)";
        var element = context.Child(item, "Type", required: true, expected);
        if (element is null)
        {
            return null;
        }

        var text = DdfContext.Text(element);
        if (Lwm2mDataTypeNames.TryParse(text, out var type))
        {
            return type;
        }

        context.Error(element, $"<Type> is \"{text}\"; expected {expected}");
        return null;
    }
}
