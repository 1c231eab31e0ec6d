using Harness.Testing.Verdicts;
using Harness.Tests.Architecture;

namespace Harness.Tests.Testing.Architecture;

/// <summary>Harness.Testing judges and selects; it leaves I/O to Runtime, so it never touches a socket itself.</summary>
public class TestingLayerTests
{
    [Test]
    public void Testing_opens_no_sockets()
    {
        var findings = ForbiddenApiInspector.Inspect(typeof(Verdict).Assembly.Location)
            .Where(finding => finding.Name.StartsWith("System.Net.Sockets", StringComparison.Ordinal))
            .ToList();

        Assert.That(findings, Is.Empty, () => "Harness.Testing uses sockets:\n" + string.Join("\n", findings));
    }

    [Test]
    public void Testing_does_not_reference_the_test_cases_or_the_cli() =>
        Assert.That(typeof(Verdict).Assembly.GetReferencedAssemblies().Select(name => name.Name),
            Has.None.StartsWith("TestCases").And.None.StartsWith("Harness.Cli"));
}
