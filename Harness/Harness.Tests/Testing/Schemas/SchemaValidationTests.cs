using Harness.Tests.Support;
using Harness.Tests.Testing.Plan;
using NJsonSchema;

namespace Harness.Tests.Testing.Schemas;

/// <summary>The plans validate against the schema an editor uses, and the schema rejects what the loader rejects.</summary>
public class SchemaValidationTests
{
    // NJsonSchema resolves draft-07 "definitions" but not 2020-12 "$defs"; the two mean the same here.
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromJsonAsync(
        File.ReadAllText(RepositoryPaths.Fixture("Schemas", "testplan.schema.json")).Replace("$defs", "definitions", StringComparison.Ordinal))
        .GetAwaiter().GetResult());

    private static ICollection<NJsonSchema.Validation.ValidationError> Validate(string yaml) =>
        Schema.Value.Validate(YamlToJson.Convert(yaml)!.ToJsonString());

    [TestCaseSource(typeof(ValidPlanTests), nameof(ValidPlanTests.ValidPlanPaths))]
    public void The_default_plan_and_the_sample_plans_satisfy_the_schema(string path)
    {
        var errors = Validate(File.ReadAllText(path));

        Assert.That(errors, Is.Empty, string.Join('\n', errors));
    }

    [TestCaseSource(typeof(DevicePlanTests), nameof(DevicePlanTests.DevicePlanPaths))]
    public void The_device_plans_satisfy_the_schema_and_name_it(string path)
    {
        var errors = Validate(File.ReadAllText(path));
        var schemaLine = File.ReadLines(path).First();

        Assert.That(errors, Is.Empty, string.Join('\n', errors));
        Assert.That(File.Exists(Path.Combine(Path.GetDirectoryName(path)!, schemaLine.Split("$schema=")[^1])), Is.True, schemaLine);
    }

    [Test]
    public void Every_plan_names_the_schema_for_editors()
    {
        foreach (var path in ValidPlanTests.ValidPlanPaths())
        {
            var schemaLine = File.ReadLines(path).First();
            Assert.That(schemaLine, Does.StartWith("# yaml-language-server: $schema="), path);
            var schemaPath = Path.Combine(Path.GetDirectoryName(path)!, schemaLine.Split("$schema=")[1]);
            Assert.That(File.Exists(schemaPath), Is.True, $"{path} names {schemaPath}");
        }
    }

    [TestCase("unknown-keys.yaml", "NoAdditionalPropertiesAllowed")]
    [TestCase("bad-enums.yaml", "NotInEnumeration")]
    [TestCase("missing-required.yaml", "PropertyRequired")]
    [TestCase("wrong-types.yaml", "IntegerExpected")]
    public void The_schema_rejects_invalid_plans_as_the_loader_does(string fileName, string expectedKind)
    {
        var errors = Validate(File.ReadAllText(RepositoryPaths.Fixture("Plans", "Invalid", fileName)));

        Assert.That(errors.Select(error => error.Kind.ToString()), Has.Member(expectedKind));
    }
}
