using Harness.Testing.Plan;
using Harness.Tests.Support;

namespace Harness.Tests.Testing.Plan;

/// <summary>
/// Each plan in Fixtures/Plans/Invalid has a sibling .errors file with the exact errors the loader
/// must report for it, one "file:line:column: message" per line, all of them in one go.
/// </summary>
public class InvalidPlanTests
{
    private static IEnumerable<string> InvalidPlans() =>
        Directory.GetFiles(RepositoryPaths.Fixture("Plans", "Invalid"), "*.yaml").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    [TestCaseSource(nameof(InvalidPlans))]
    public void The_loader_reports_every_expected_error_with_its_position(string fileName)
    {
        var path = RepositoryPaths.Fixture("Plans", "Invalid", fileName);
        var result = TestPlanLoader.Parse(File.ReadAllText(path), fileName, Path.GetDirectoryName(path));
        var expected = File.ReadAllLines(Path.ChangeExtension(path, ".errors")).Where(line => line.Length > 0);

        Assert.That(result.Plan, Is.Null);
        Assert.That(result.Errors.Select(error => error.ToString()), Is.EqualTo(expected), string.Join('\n', result.Errors));
    }

    [Test]
    public void Every_invalid_plan_has_its_expected_errors() =>
        Assert.That(InvalidPlans().Select(name => RepositoryPaths.Fixture("Plans", "Invalid", Path.ChangeExtension(name, ".errors"))),
            Has.All.Matches<string>(File.Exists));

    [Test]
    public void An_invalid_plan_cannot_be_used()
    {
        var result = TestPlanLoader.Parse("dut:\n  role: clent\n", "plan.yaml");

        var exception = Assert.Throws<InvalidDataException>(() => result.PlanOrThrow());
        Assert.That(exception.Message, Does.Contain("plan.yaml:2:9: dut.role: \"clent\" is not allowed"));
        Assert.That(exception.Message, Does.Contain("missing required key \"endpoint\""));
    }

    [Test]
    public void A_missing_file_is_an_error_not_an_exception()
    {
        var result = TestPlanLoader.Load(Path.Combine(RepositoryPaths.Fixtures, "no-such-plan.yaml"));

        Assert.That(result.IsValid, Is.False);
        Assert.That(result.Errors.Single().Message, Is.EqualTo("test plan file not found"));
    }
}
