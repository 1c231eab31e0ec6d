using System.Globalization;
using System.Text.Json;
using Harness.Protocol.Lwm2m.Model;
using Harness.Protocol.Lwm2m.Nodes;
using Harness.Protocol.Lwm2m.Values;

namespace Harness.Tests.Protocol.Lwm2m.Content.Vectors;

/// <summary>
/// The JSON notation of expected trees in vector files: {"object": 2, "instances": [...]},
/// {"instance": 0, "resources": [...]}, {"resource": 9, "integer": 100}, {"resource": 6, "instances":
/// [{"id": 0, "integer": 1}]}, {"resourceInstance": 1, "integer": 5}. Value keys: string, integer,
/// unsigned, float, boolean, opaque (hex), time, objlnk ("66:0"), corelnk.
/// </summary>
internal static class VectorNodes
{
    public static Lwm2mNode Node(JsonElement node)
    {
        if (node.TryGetProperty("object", out var objectId))
        {
            return new Lwm2mObject(objectId.GetInt32(), node.GetProperty("instances").EnumerateArray().Select(i => (Lwm2mObjectInstance)Node(i)).ToList());
        }

        if (node.TryGetProperty("instance", out var instanceId))
        {
            return new Lwm2mObjectInstance(instanceId.GetInt32(), node.GetProperty("resources").EnumerateArray().Select(r => (Lwm2mResource)Node(r)).ToList());
        }

        if (node.TryGetProperty("resource", out var resourceId))
        {
            return node.TryGetProperty("instances", out var instances)
                ? new Lwm2mMultipleResource(resourceId.GetInt32(), instances.EnumerateArray().Select(i => new Lwm2mResourceInstance(i.GetProperty("id").GetInt32(), Value(i))).ToList())
                : new Lwm2mSingleResource(resourceId.GetInt32(), Value(node));
        }

        return new Lwm2mResourceInstance(node.GetProperty("resourceInstance").GetInt32(), Value(node));
    }

    public static Lwm2mValue Value(JsonElement holder)
    {
        foreach (var property in holder.EnumerateObject())
        {
            var value = property.Value;
            switch (property.Name)
            {
                case "string": return Lwm2mValue.String(value.GetString()!);
                case "integer": return Lwm2mValue.Integer(value.GetInt64());
                case "unsigned": return Lwm2mValue.UnsignedInteger(value.GetUInt64());
                case "float": return Lwm2mValue.Float(value.GetDouble());
                case "boolean": return Lwm2mValue.Boolean(value.GetBoolean());
                case "opaque": return Lwm2mValue.Opaque(Convert.FromHexString(value.GetString()!));
                case "time": return Lwm2mValue.Time(value.GetInt64());
                case "corelnk": return Lwm2mValue.Corelnk(value.GetString()!);
                case "objlnk":
                    var ids = value.GetString()!.Split(':');
                    return Lwm2mValue.Objlnk(int.Parse(ids[0], CultureInfo.InvariantCulture), int.Parse(ids[1], CultureInfo.InvariantCulture));
            }
        }

        throw new InvalidDataException($"No value in {holder}");
    }

    /// <summary>An object definition for vectors only: readable, writable resources with the stated types.</summary>
    public static ObjectDefinition Object(JsonElement definition) => new()
    {
        Id = definition.GetProperty("id").GetInt32(),
        Name = definition.GetProperty("name").GetString()!,
        IsMultiple = definition.GetProperty("multiple").GetBoolean(),
        IsMandatory = false,
        Resources = [.. definition.GetProperty("resources").EnumerateArray().Select(r => new ResourceDefinition
        {
            Id = r.GetProperty("id").GetInt32(),
            Name = r.GetProperty("name").GetString()!,
            Operations = ResourceOperations.ReadWrite,
            IsMultiple = r.GetProperty("multiple").GetBoolean(),
            IsMandatory = false,
            DataType = Lwm2mDataTypeNames.TryParse(r.GetProperty("type").GetString(), out var type) ? type : throw new InvalidDataException($"Unknown type in {r}"),
        })],
    };
}
