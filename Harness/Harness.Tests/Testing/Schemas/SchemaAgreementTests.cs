using System.Text.Json.Nodes;
using Harness.Protocol.Lwm2m.Model;
using Harness.Testing.Plan;
using Harness.Tests.Support;

namespace Harness.Tests.Testing.Schemas;

/// <summary>
/// The schema and the loader accept the same keys: walks the plan model by reflection and the
/// schema by its "$defs" (one per model type, named after it) and compares keys, requiredness,
/// value kinds, enum values and ranges in both directions.
/// </summary>
public class SchemaAgreementTests
{
    private static readonly Lazy<JsonObject> Schema = new(() =>
        JsonNode.Parse(File.ReadAllText(RepositoryPaths.Fixture("Schemas", "testplan.schema.json")))!.AsObject());

    private static JsonObject Definitions => Schema.Value["$defs"]!.AsObject();

    private static List<Type> ModelTypes()
    {
        var seen = new List<Type>();
        var pending = new Queue<Type>([typeof(TestPlan)]);
        while (pending.TryDequeue(out var type))
        {
            if (seen.Contains(type))
            {
                continue;
            }

            seen.Add(type);
            foreach (var property in PlanModel.Properties(type))
            {
                var valueType = PlanModel.ListElementType(property.Property.PropertyType) ?? property.Property.PropertyType;
                if (!PlanModel.IsScalar(valueType) && PlanModel.DictionaryValueType(valueType) is null)
                {
                    pending.Enqueue(valueType);
                }
            }
        }

        return seen;
    }

    private static JsonObject SchemaOf(Type type) =>
        type == typeof(TestPlan) ? Schema.Value : Definitions[type.Name]?.AsObject() ?? throw new AssertionException($"schema has no $defs/{type.Name}");

    [TestCaseSource(nameof(ModelTypes))]
    public void Keys_and_required_keys_agree(Type type)
    {
        var schema = SchemaOf(type);
        var properties = PlanModel.Properties(type);

        Assert.That(schema["properties"]!.AsObject().Select(pair => pair.Key), Is.EquivalentTo(properties.Select(property => property.Key)));
        Assert.That(schema["required"]?.AsArray().Select(key => key!.GetValue<string>()) ?? [],
            Is.EquivalentTo(properties.Where(property => property.IsRequired).Select(property => property.Key)));
        Assert.That(schema["additionalProperties"]?.GetValue<bool>(), Is.False, "unknown keys must be refused as the loader does");
    }

    [TestCaseSource(nameof(ModelTypes))]
    public void Every_key_has_the_value_kind_range_and_description_of_its_property(Type type)
    {
        var schemaProperties = SchemaOf(type)["properties"]!.AsObject();
        foreach (var property in PlanModel.Properties(type))
        {
            var schema = schemaProperties[property.Key]!.AsObject();
            Assert.That(schema["description"]?.GetValue<string>(), Is.Not.Null.And.Not.Empty, $"{type.Name}.{property.Key} has a description for editors");
            AssertValueAgrees(property.Property.PropertyType, schema, $"{type.Name}.{property.Key}");
            if (property.Range is { } range)
            {
                Assert.That(schema["minimum"]?.GetValue<double>(), Is.EqualTo(range.Minimum), $"{type.Name}.{property.Key} minimum");
                Assert.That(schema["maximum"]?.GetValue<double>(), Is.EqualTo(range.Maximum), $"{type.Name}.{property.Key} maximum");
            }
        }
    }

    [Test]
    public void Every_definition_belongs_to_a_model_type()
    {
        var names = ModelTypes().Where(type => type != typeof(TestPlan)).Select(type => type.Name).Append("Version");

        Assert.That(Definitions.Select(pair => pair.Key), Is.EquivalentTo(names));
    }

    [Test]
    public void The_schema_requires_a_command_for_the_process_adapter_as_the_loader_does()
    {
        var adapter = Definitions[nameof(AdapterSettings)]!;

        Assert.That(adapter["if"]!["properties"]!["kind"]!["const"]!.GetValue<string>(), Is.EqualTo(PlanNames.EnumValue(AdapterKind.Process)));
        Assert.That(adapter["then"]!["required"]!.AsArray().Select(key => key!.GetValue<string>()), Is.EqualTo(new[] { "command" }));
    }

    private static void AssertValueAgrees(Type type, JsonObject schema, string where)
    {
        var plain = Nullable.GetUnderlyingType(type) ?? type;
        if (PlanModel.ListElementType(plain) is { } element)
        {
            Assert.That(schema["type"]?.GetValue<string>(), Is.EqualTo("array"), where);
            AssertValueAgrees(element, schema["items"]!.AsObject(), where + "[]");
        }
        else if (PlanModel.DictionaryValueType(plain) is not null)
        {
            Assert.That(schema["type"]?.GetValue<string>(), Is.EqualTo("object"), where);
            Assert.That(schema["additionalProperties"]!["type"]!.GetValue<string>(), Is.EqualTo("string"), where);
        }
        else if (plain.IsEnum)
        {
            Assert.That(schema["enum"]!.AsArray().Select(value => value!.GetValue<string>()), Is.EqualTo(PlanNames.EnumValues(plain)), where);
        }
        else if (plain == typeof(VersionNumber))
        {
            Assert.That(schema["$ref"]?.GetValue<string>(), Is.EqualTo("#/$defs/Version"), where);
        }
        else if (PlanModel.IsScalar(plain))
        {
            var expected = plain == typeof(string) ? "string" : plain == typeof(int) ? "integer" : plain == typeof(double) ? "number" : "boolean";
            Assert.That(schema["type"]?.GetValue<string>(), Is.EqualTo(expected), where);
        }
        else
        {
            Assert.That(schema["$ref"]?.GetValue<string>(), Is.EqualTo($"#/$defs/{plain.Name}"), where);
        }
    }
}
