using System.Text.Json;
using System.Xml.Linq;

namespace Harness.Tests.Cli;

/// <summary>`run` writes the Allure results folder and junit.xml beside results.json, one entry per finished test.</summary>
public sealed class RunReportFilesTests
{
    [Test]
    public void Every_finished_test_has_an_Allure_result_and_a_JUnit_testcase_with_its_verdict()
    {
        using var cli = new CliHarness();

        cli.Run("run", "--results", "out");

        var folder = Path.Combine(cli.Folder, "out");
        var allure = Path.Combine(folder, "allure-results");
        Assert.That(cli.Output, Does.Contain("Allure results: " + allure).And.Contain("JUnit XML: " + Path.Combine(folder, "junit.xml")));
        var statuses = Directory.GetFiles(allure, "*-result.json").Select(file =>
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            return json.RootElement.GetProperty("status").GetString()!;
        }).GroupBy(status => status).ToDictionary(group => group.Key, group => group.Count());
        // The sample cases: Pass 4, NotApplicable 1, Fail 1, OutOfTime 1, Error 2 (see RunCommandTests).
        Assert.That(statuses, Is.EquivalentTo(new Dictionary<string, int> { ["passed"] = 4, ["skipped"] = 1, ["failed"] = 2, ["broken"] = 2 }));
        Assert.That(File.Exists(Path.Combine(allure, "environment.properties")), Is.True);
        Assert.That(File.Exists(Path.Combine(allure, "executor.json")), Is.True);
        Assert.That(File.Exists(Path.Combine(allure, "categories.json")), Is.True);

        var junit = XDocument.Load(Path.Combine(folder, "junit.xml")).Root!;
        Assert.That((int)junit.Attribute("tests")!, Is.EqualTo(9));
        Assert.That((int)junit.Attribute("failures")!, Is.EqualTo(2));
        Assert.That((int)junit.Attribute("errors")!, Is.EqualTo(2));
        Assert.That((int)junit.Attribute("skipped")!, Is.EqualTo(1));
    }
}
