using System.Xml.Linq;

namespace Harness.Protocol.Lwm2m.Model.Ddf;

/// <summary>Reads the LWM2M root and each Object element into an <see cref="ObjectDefinition"/>.</summary>
internal static class DdfObjectReader
{
    public static List<ObjectDefinition> ReadDocument(DdfContext context, XDocument document)
    {
        var definitions = new List<ObjectDefinition>();
        var root = document.Root;
        if (root is null || root.Name.LocalName != "LWM2M")
        {
            context.Error((XObject?)root ?? document, $"The root element is <{root?.Name.LocalName}>; expected <LWM2M>");
            return definitions;
        }

        var objects = root.Elements().Where(e => e.Name.LocalName == "Object").ToList();
        if (objects.Count == 0)
        {
            context.Error(root, "<LWM2M> holds no <Object>; expected at least one");
        }

        foreach (var element in objects)
        {
            if (Read(context, element) is { } definition)
            {
                definitions.Add(definition);
            }
        }

        return definitions;
    }

    private static ObjectDefinition? Read(DdfContext context, XElement element)
    {
        var errorsBefore = context.Errors.Count;
        var name = context.RequiredText(element, "Name", "the object name");
        if (name is { Length: 0 })
        {
            context.Error(element.Element("Name")!, "<Name> is empty; expected the object name");
        }

        var idElement = context.Child(element, "ObjectID", required: true, $"the object id, a decimal number 0..{Lwm2mId.Max}");
        var id = idElement is null ? null : context.Id(idElement, DdfContext.Text(idElement), "<ObjectID>");
        var version = ReadVersion(context, element, "ObjectVersion");
        var lwm2mVersion = ReadVersion(context, element, "LWM2MVersion");
        var urnElement = context.Child(element, "ObjectURN", required: true, "urn:oma:lwm2m:{oma|ext|x}:<id>[:<version>]");
        var multiple = context.Choice(element, "MultipleInstances", "Multiple", "Single");
        var mandatory = context.Choice(element, "Mandatory", "Mandatory", "Optional");
        var resources = ReadResources(context, element);
        if (urnElement is not null && id is not null && version is not null)
        {
            CheckUrn(context, urnElement, id.Value, version.Value);
        }

        if (context.Errors.Count > errorsBefore)
        {
            return null;
        }

        return new ObjectDefinition
        {
            Id = id!.Value,
            Name = name!,
            Description = DdfContext.OneLine(context.OptionalText(element, "Description1")),
            Version = version!.Value,
            Lwm2mVersion = lwm2mVersion!.Value,
            Urn = DdfContext.Text(urnElement!),
            IsMultiple = multiple!.Value,
            IsMandatory = mandatory!.Value,
            Resources = [.. resources],
        };
    }

    /// <summary>An absent or empty version element means 1.0, as in the earliest published files.</summary>
    private static VersionNumber? ReadVersion(DdfContext context, XElement parent, string name)
    {
        var text = context.OptionalText(parent, name);
        if (string.IsNullOrEmpty(text))
        {
            return VersionNumber.Default;
        }

        if (VersionNumber.TryParse(text, out var version))
        {
            return version;
        }

        context.Error(parent.Elements().First(e => e.Name.LocalName == name), $"<{name}> is \"{text}\"; expected major.minor such as 1.1");
        return null;
    }

    private static List<ResourceDefinition> ReadResources(DdfContext context, XElement element)
    {
        var resources = new List<ResourceDefinition>();
        var container = context.Child(element, "Resources", required: true, "<Resources> with at least one <Item>");
        if (container is null)
        {
            return resources;
        }

        var items = container.Elements().Where(e => e.Name.LocalName == "Item").ToList();
        if (items.Count == 0)
        {
            context.Error(container, "<Resources> holds no <Item>; expected at least one");
        }

        var seen = new HashSet<int>();
        foreach (var item in items)
        {
            if (DdfResourceReader.Read(context, item) is not { } resource)
            {
                continue;
            }

            if (seen.Add(resource.Id))
            {
                resources.Add(resource);
            }
            else
            {
                context.Error(item, $"Resource id {resource.Id} is defined twice; expected unique Item IDs");
            }
        }

        return resources;
    }

    private static void CheckUrn(DdfContext context, XElement urnElement, int id, VersionNumber version)
    {
        var urn = DdfContext.Text(urnElement);
        if (!ObjectUrn.TryParse(urn, out _, out var urnId, out var urnVersion))
        {
            context.Error(urnElement, $"<ObjectURN> is \"{urn}\"; expected urn:oma:lwm2m:{{oma|ext|x}}:{id}" + (version == VersionNumber.Default ? "" : $":{version}"));
        }
        else if (urnId != id)
        {
            context.Error(urnElement, $"<ObjectURN> names object {urnId}; expected {id} as in <ObjectID>");
        }
        else if (urnVersion != version)
        {
            context.Error(urnElement, $"<ObjectURN> names version {urnVersion}; expected {version} as in <ObjectVersion>");
        }
    }
}
