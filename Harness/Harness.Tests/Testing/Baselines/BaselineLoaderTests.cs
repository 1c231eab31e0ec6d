using System.Text.Json.Nodes;
using Harness.Testing.Baselines;
using Harness.Testing.Plan;
using Harness.Tests.Support;
using Harness.Tests.Testing.Schemas;
using NJsonSchema;

namespace Harness.Tests.Testing.Baselines;

public class BaselineLoaderTests
{
    private static string SamplePath => RepositoryPaths.Fixture("Plans", "acme-baseline.yaml");

    [Test]
    public void The_sample_baseline_loads_with_reasons_and_links()
    {
        var result = BaselineLoader.Load(SamplePath);

        Assert.That(result.Errors, Is.Empty, string.Join('\n', result.Errors));
        Assert.That(result.Baseline!.Entries.Select(entry => entry.Test), Is.EqualTo(new[] { "LightweightM2M-1.1-int-105", "LightweightM2M-1.1-int-203" }));
        Assert.That(result.Baseline.Entries[0].Issue, Is.EqualTo("https://tracker.example.com/ACME-1234"));
        Assert.That(result.Baseline.Entries[1].Issue, Is.Null);
    }

    [Test]
    public void Every_error_is_reported_with_its_position()
    {
        const string text = """
            expectedFailures:
              - test: LightweightM2M-1.1-int-1o5
                reason: late update
              - test: Cases.Registration.Register
                reson: typo
              - test: Cases.Registration.Register
                reason: twice
                issue: not a link
            """;

        var result = BaselineLoader.Parse(text, "baseline.yaml");

        Assert.That(result.IsValid, Is.False);
        Assert.That(result.Errors.Select(error => error.ToString()), Is.EqualTo(new[]
        {
            "baseline.yaml:4:5: expectedFailures[1]: missing required key \"reason\"",
            "baseline.yaml:5:5: expectedFailures[1]: unknown key \"reson\"; did you mean \"reason\"? (allowed: test, reason, issue)",
        }));
    }

    [Test]
    public void Entry_values_are_checked_once_the_file_binds()
    {
        const string text = """
            expectedFailures:
              - test: LightweightM2M-1.1-int-1o5
                reason: late update
              - test: Cases.Registration.Register
                reason: first
              - test: Cases.Registration.Register
                reason: twice
                issue: not a link
            """;

        var result = BaselineLoader.Parse(text, "baseline.yaml");

        Assert.That(result.Errors.Select(error => error.ToString()), Is.EqualTo(new[]
        {
            "baseline.yaml:2:11: expectedFailures[0].test: \"LightweightM2M-1.1-int-1o5\" is not of the form " + Harness.Testing.Metadata.ConformanceIds.EtsIdFormat,
            "baseline.yaml:6:11: expectedFailures[2].test: \"Cases.Registration.Register\" is listed twice",
            "baseline.yaml:8:12: expectedFailures[2].issue: expected an absolute link, found \"not a link\"",
        }));
    }

    [Test]
    public void A_missing_baseline_file_is_an_error() =>
        Assert.That(BaselineLoader.Load(RepositoryPaths.Fixture("Plans", "no-such-baseline.yaml")).Errors.Single().Message,
            Is.EqualTo("baseline file not found"));

    [Test]
    public void The_baseline_schema_accepts_the_sample_and_agrees_with_the_entry_model()
    {
        var schemaText = File.ReadAllText(RepositoryPaths.Fixture("Schemas", "baseline.schema.json"));
        var schema = JsonSchema.FromJsonAsync(schemaText.Replace("$defs", "definitions", StringComparison.Ordinal)).GetAwaiter().GetResult();
        var entrySchema = JsonNode.Parse(schemaText)!["$defs"]!["BaselineEntry"]!;

        Assert.That(schema.Validate(YamlToJson.Convert(File.ReadAllText(SamplePath))!.ToJsonString()), Is.Empty);
        Assert.That(entrySchema["properties"]!.AsObject().Select(pair => pair.Key),
            Is.EquivalentTo(PlanModel.Properties(typeof(BaselineEntry)).Select(property => property.Key)));
        Assert.That(entrySchema["required"]!.AsArray().Select(key => key!.GetValue<string>()),
            Is.EquivalentTo(PlanModel.Properties(typeof(BaselineEntry)).Where(property => property.IsRequired).Select(property => property.Key)));
    }
}
