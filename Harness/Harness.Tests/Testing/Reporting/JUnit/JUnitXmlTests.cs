using System.Xml.Linq;
using Harness.Testing.Reporting.JUnit;
using Harness.Testing.Suite;

namespace Harness.Tests.Testing.Reporting.JUnit;

/// <summary>junit.xml parsed back: suites per interface, counts, and what each kind of verdict becomes.</summary>
public sealed class JUnitXmlTests
{
    private string folder = null!;
    private SampleResults samples = null!;

    [SetUp]
    public void CreateFolder()
    {
        folder = Path.Combine(Path.GetTempPath(), "junit-" + Guid.NewGuid().ToString("N"));
        samples = new SampleResults(folder);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    [Test]
    public void Suites_per_interface_hold_every_test_with_counts_that_match()
    {
        var document = WriteAndParse([SampleResults.Passing(), samples.Failing(), SampleResults.OutOfTime(), SampleResults.Error(), SampleResults.NotApplicable()]);
        var root = document.Root!;

        Assert.That(root.Name.LocalName, Is.EqualTo("testsuites"));
        Assert.That(Counts(root), Is.EqualTo((5, 2, 1, 1)));
        var suites = root.Elements("testsuite").ToDictionary(suite => (string)suite.Attribute("name")!);
        Assert.That(suites.Keys, Is.EqualTo(new[] { "Registration", "DeviceManagement" }));
        Assert.That(Counts(suites["Registration"]), Is.EqualTo((3, 1, 1, 0)));
        Assert.That(Counts(suites["DeviceManagement"]), Is.EqualTo((2, 1, 0, 1)));
        foreach (var suite in suites.Values)
        {
            Assert.That(suite.Elements("testcase").Count(), Is.EqualTo((int)suite.Attribute("tests")!), "tests= counts the testcases");
        }
    }

    [Test]
    public void A_failure_names_its_verdict_and_reason_and_carries_the_checks()
    {
        var testCase = WriteAndParse([samples.Failing()]).Descendants("testcase").Single();

        Assert.That((string)testCase.Attribute("classname")!, Is.EqualTo("TestCases.DeviceManagement.PlainTextBasicInformation"));
        Assert.That((string)testCase.Attribute("name")!, Is.EqualTo("LightweightM2M-1.1-int-201, LightweightM2M-1.0-int-201 Int201PlainTextBasicInformation"));
        Assert.That((string)testCase.Attribute("time")!, Is.EqualTo("1"));
        var failure = testCase.Element("failure")!;
        Assert.That((string)failure.Attribute("message")!, Is.EqualTo("Fail: Model Number came back as TLV"));
        Assert.That((string)failure.Attribute("type")!, Is.EqualTo("Fail"));
        Assert.That(failure.Value, Does.Contain("expected: Content-Format 0 (text/plain)").And.Contain("actual: Content-Format 11542 (TLV)"));
        Assert.That(testCase.Element("system-out")!.Value, Does.StartWith("step 1: read /3/0/0"));
    }

    [Test]
    public void Out_of_time_is_a_failure_error_an_error_and_not_applicable_a_skip()
    {
        var cases = WriteAndParse([SampleResults.OutOfTime(), SampleResults.Error(), SampleResults.NotApplicable(), SampleResults.Passing()])
            .Descendants("testcase").ToList();

        Assert.That(cases.Select(testCase => testCase.Elements().FirstOrDefault()?.Name.LocalName ?? "none"),
            Is.EqualTo(new[] { "failure", "error", "none", "skipped" }), "Registration's three tests first, then DeviceManagement's");
        Assert.That((string)cases[0].Element("failure")!.Attribute("type")!, Is.EqualTo("OutOfTime"));
    }

    [Test]
    public void Characters_XML_cannot_carry_are_replaced_and_the_file_still_parses()
    {
        var noisy = SampleResults.Passing() with { Output = "DUT said \u0001\u0007 and left" };

        var output = WriteAndParse([noisy]).Descendants("system-out").Single().Value;

        Assert.That(output, Is.EqualTo("DUT said \uFFFD\uFFFD and left"));
    }

    private XDocument WriteAndParse(IReadOnlyList<SuiteTestResult> results)
    {
        var file = new JUnitXmlFile(Path.Combine(folder, "out", JUnitXml.FileName), "LwM2M conformance");
        foreach (var result in results)
        {
            file.Add(result);
        }

        return XDocument.Load(file.Path);
    }

    private static (int Tests, int Failures, int Errors, int Skipped) Counts(XElement element) =>
        ((int)element.Attribute("tests")!, (int)element.Attribute("failures")!, (int)element.Attribute("errors")!, (int)element.Attribute("skipped")!);
}
