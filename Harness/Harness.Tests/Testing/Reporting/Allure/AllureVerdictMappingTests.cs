using System.Text.RegularExpressions;
using Harness.Testing.Metadata;
using Harness.Testing.Reporting.Allure;
using Harness.Testing.Verdicts;

namespace Harness.Tests.Testing.Reporting.Allure;

public sealed class AllureVerdictMappingTests
{
    [TestCase(Verdict.Pass, AllureStatus.Passed)]
    [TestCase(Verdict.Fail, AllureStatus.Failed)]
    [TestCase(Verdict.OutOfTime, AllureStatus.Failed)]
    [TestCase(Verdict.Error, AllureStatus.Broken)]
    [TestCase(Verdict.Inconclusive, AllureStatus.Unknown)]
    [TestCase(Verdict.NotApplicable, AllureStatus.Skipped)]
    public void Every_verdict_has_its_documented_status(Verdict verdict, AllureStatus status)
    {
        Assert.That(AllureVerdictMapping.Status(verdict), Is.EqualTo(status));
    }

    [Test]
    public void The_category_regex_tells_out_of_time_from_fail_although_both_are_failed()
    {
        var outOfTime = AllureVerdictMapping.Categories.Single(category => category.Name == "DUT out of time");
        var fail = AllureVerdictMapping.Categories.Single(category => category.Name == "DUT failures");
        var late = AllureVerdictMapping.Message(Verdict.OutOfTime, "no Update within\n5 s");

        Assert.That(Regex.IsMatch(late, outOfTime.MessageRegex!), Is.True);
        Assert.That(Regex.IsMatch(late, fail.MessageRegex!), Is.False);
        Assert.That(Regex.IsMatch(AllureVerdictMapping.Message(Verdict.Fail, "wrong"), fail.MessageRegex!), Is.True);
    }

    [TestCase(new[] { "LwM2M-CR-008-C-O", "LWM2M-BOOT-009-C-M" }, "critical")]
    [TestCase(new[] { "LwM2M-CR-008-C-O" }, "normal")]
    [TestCase(new[] { "LwM2M-REG-02" }, "normal")]
    [TestCase(new string[0], "minor")]
    public void Severity_follows_the_mandatory_items_a_test_declares(string[] requirements, string severity)
    {
        Assert.That(AllureSeverity.Of(new TestCaseMetadata("A.B.C") { RequirementIds = requirements }), Is.EqualTo(severity));
    }

    [TestCase("RFC 7252 §4.8.2 (MAX_TRANSMIT_WAIT)", "https://www.rfc-editor.org/rfc/rfc7252#section-4.8.2")]
    [TestCase("RFC 8323", "https://www.rfc-editor.org/rfc/rfc8323")]
    [TestCase("OMA-TS-LightweightM2M_Transport-V1_1_1 §6.5 (Queue Mode)", SpecClauseLinks.OmaReleaseIndex)]
    public void Clauses_link_to_their_document(string clause, string url)
    {
        var link = SpecClauseLinks.For(clause);

        Assert.That(link.Url, Is.EqualTo(url));
        Assert.That(link.Name, Is.EqualTo(clause));
    }
}
