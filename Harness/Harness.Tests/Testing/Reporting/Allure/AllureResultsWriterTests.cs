using System.Text.Json;
using Harness.Testing.Baselines;
using Harness.Testing.Reporting.Allure;
using Microsoft.Extensions.Time.Testing;

namespace Harness.Tests.Testing.Reporting.Allure;

/// <summary>The results folder as Allure reads it back: each result's fields, steps and attachments, and the run files.</summary>
public sealed class AllureResultsWriterTests
{
    private string folder = null!;
    private SampleResults samples = null!;
    private AllureResultsWriter writer = null!;

    [SetUp]
    public void CreateFolder()
    {
        folder = Path.Combine(Path.GetTempPath(), "allure-writer-" + Guid.NewGuid().ToString("N"));
        samples = new SampleResults(Path.Combine(folder, "evidence"));
        writer = new AllureResultsWriter(Path.Combine(folder, "allure-results"), SampleResults.Run, new FakeTimeProvider(SampleResults.Start));
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    [Test]
    public void A_failing_test_has_its_verdict_reason_and_the_failing_check_expected_and_actual()
    {
        using var json = Read(writer.Write(samples.Failing()));
        var root = json.RootElement;

        Assert.That(root.GetProperty("status").GetString(), Is.EqualTo("failed"));
        Assert.That(root.GetProperty("stage").GetString(), Is.EqualTo("finished"));
        Assert.That(root.GetProperty("name").GetString(), Is.EqualTo("Querying basic information in Plain Text format"));
        Assert.That(root.GetProperty("fullName").GetString(), Is.EqualTo("TestCases.DeviceManagement.PlainTextBasicInformation.Int201PlainTextBasicInformation"));
        var details = root.GetProperty("statusDetails");
        Assert.That(details.GetProperty("message").GetString(), Is.EqualTo("Fail: Model Number came back as TLV"));
        Assert.That(details.GetProperty("trace").GetString(), Does.Contain("expected: Content-Format 0 (text/plain)").And.Contain("actual: Content-Format 11542 (TLV)"));
        Assert.That(details.GetProperty("expected").GetString(), Is.EqualTo("Content-Format 0 (text/plain)"));
        Assert.That(root.GetProperty("start").GetInt64(), Is.EqualTo(SampleResults.Start.AddSeconds(10).ToUnixTimeMilliseconds()));
        Assert.That(root.GetProperty("stop").GetInt64(), Is.EqualTo(SampleResults.Start.AddSeconds(11).ToUnixTimeMilliseconds()));
    }

    [Test]
    public void Labels_say_interface_area_ets_requirements_severity_suites_and_origin()
    {
        using var json = Read(writer.Write(samples.Failing(), "worker 7"));
        var labels = Labels(json.RootElement);

        Assert.That(labels["epic"], Is.EqualTo(new[] { "DeviceManagement" }));
        Assert.That(labels["feature"], Is.EqualTo(new[] { "Plain text basic information" }));
        Assert.That(labels["story"], Is.EqualTo(new[] { "LightweightM2M-1.1-int-201", "LightweightM2M-1.0-int-201" }));
        Assert.That(labels["tag"], Is.EquivalentTo(new[] { "LwM2M-DMSE-001-C-M", "testfest" }));
        Assert.That(labels["severity"], Is.EqualTo(new[] { "critical" }), "a mandatory static conformance item");
        Assert.That(labels["parentSuite"], Is.EqualTo(new[] { "LwM2M 1.1 client urn:dev:sample" }));
        Assert.That(labels["suite"], Is.EqualTo(new[] { "DeviceManagement" }));
        Assert.That(labels["subSuite"], Is.EqualTo(new[] { "Plain text basic information" }));
        Assert.That(labels["host"], Is.EqualTo(new[] { "lab-host" }));
        Assert.That(labels["thread"], Is.EqualTo(new[] { "worker 7" }));
        Assert.That(labels["framework"], Is.EqualTo(new[] { "nunit" }));
        Assert.That(labels["language"], Is.EqualTo(new[] { "csharp" }));
        Assert.That(labels["verdict"], Is.EqualTo(new[] { "Fail" }));
    }

    [Test]
    public void Links_name_every_clause_and_parameters_come_from_the_plan()
    {
        using var json = Read(writer.Write(samples.Failing()));
        var links = json.RootElement.GetProperty("links").EnumerateArray()
            .ToDictionary(link => link.GetProperty("name").GetString()!, link => link.GetProperty("url").GetString()!);
        var parameters = json.RootElement.GetProperty("parameters").EnumerateArray()
            .ToDictionary(parameter => parameter.GetProperty("name").GetString()!, parameter => parameter.GetProperty("value").GetString()!);

        Assert.That(links, Does.ContainKey("OMA-TS-LightweightM2M_Core-V1_1_1 §6.2.1").WithValue(SpecClauseLinks.OmaReleaseIndex));
        Assert.That(links, Does.ContainKey("RFC 7252 §5.10.3").WithValue("https://www.rfc-editor.org/rfc/rfc7252#section-5.10.3"), "the check's own clause");
        Assert.That(parameters, Is.EquivalentTo(new Dictionary<string, string>
        {
            ["LwM2M version"] = "1.1",
            ["binding"] = "udp",
            ["content format"] = "plainText, tlv",
            ["DUT"] = "client urn:dev:sample",
        }));
    }

    [Test]
    public void Each_walked_step_holds_its_checks_with_their_own_status()
    {
        using var json = Read(writer.Write(samples.Failing()));
        var steps = json.RootElement.GetProperty("steps").EnumerateArray().ToList();

        Assert.That(steps.Select(step => step.GetProperty("name").GetString()), Is.EqualTo(new[]
        {
            "Step 1: Read Manufacturer in plain text",
            "Step 2: Read Model Number in plain text",
        }));
        Assert.That(steps.Select(step => step.GetProperty("status").GetString()), Is.EqualTo(new[] { "passed", "failed" }));
        Assert.That(steps[1].GetProperty("start").GetInt64(), Is.EqualTo(SampleResults.Start.AddSeconds(10.4).ToUnixTimeMilliseconds()));
        var check = steps[1].GetProperty("steps").EnumerateArray().Single();
        Assert.That(check.GetProperty("name").GetString(), Is.EqualTo("Fail: Model Number came back as TLV"));
        Assert.That(check.GetProperty("status").GetString(), Is.EqualTo("failed"));
        var parameters = check.GetProperty("parameters").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!, p => p.GetProperty("value").GetString()!);
        Assert.That(parameters["actual"], Is.EqualTo("Content-Format 11542 (TLV)"));
        Assert.That(steps[0].GetProperty("steps").EnumerateArray().Single().GetProperty("status").GetString(), Is.EqualTo("passed"));
    }

    [Test]
    public void Without_recorded_steps_checks_are_grouped_by_their_step_number()
    {
        using var json = Read(writer.Write(SampleResults.OutOfTime()));
        var step = json.RootElement.GetProperty("steps").EnumerateArray().Single();

        Assert.That(step.GetProperty("name").GetString(), Is.EqualTo("Step 1"));
        Assert.That(step.GetProperty("status").GetString(), Is.EqualTo("failed"));
        Assert.That(step.GetProperty("steps")[0].GetProperty("name").GetString(), Is.EqualTo("OutOfTime: no Update within the lifetime"));
    }

    [Test]
    public void Evidence_files_and_the_output_are_copied_as_attachments_of_their_type()
    {
        var failing = samples.Failing();
        using var json = Read(writer.Write(failing));
        var attachments = json.RootElement.GetProperty("attachments").EnumerateArray().ToDictionary(
            attachment => attachment.GetProperty("name").GetString()!,
            attachment => (Source: attachment.GetProperty("source").GetString()!, Type: attachment.GetProperty("type").GetString()!));

        Assert.That(attachments.Keys, Is.EqualTo(new[] { "capture (pcapng)", "wire timeline", "DUT log", "test output" }));
        Assert.That(attachments["capture (pcapng)"].Type, Is.EqualTo("application/vnd.tcpdump.pcap"));
        Assert.That(attachments["capture (pcapng)"].Source, Does.Match("^[0-9a-f-]{36}-attachment\\.pcapng$"));
        Assert.That(File.ReadAllBytes(Path.Combine(writer.Directory, attachments["capture (pcapng)"].Source)), Is.EqualTo(File.ReadAllBytes(failing.Evidence!.CapturePath!)));
        Assert.That(File.ReadAllText(Path.Combine(writer.Directory, attachments["DUT log"].Source)), Is.EqualTo("registered location=/rd/0001\n"));
        Assert.That(File.ReadAllText(Path.Combine(writer.Directory, attachments["test output"].Source)), Does.StartWith("step 1: read /3/0/0"));
        Assert.That(Directory.GetFiles(writer.Directory, "*.tmp"), Is.Empty, "no temporary file is left behind");
    }

    [Test]
    public void History_and_test_case_ids_are_stable_across_runs_and_the_uuid_is_not()
    {
        using var first = Read(writer.Write(SampleResults.Passing()));
        using var second = Read(writer.Write(SampleResults.Passing()));
        using var other = Read(writer.Write(SampleResults.OutOfTime()));

        Assert.That(second.RootElement.GetProperty("historyId").GetString(), Is.EqualTo(first.RootElement.GetProperty("historyId").GetString()));
        Assert.That(second.RootElement.GetProperty("testCaseId").GetString(), Is.EqualTo(first.RootElement.GetProperty("testCaseId").GetString()));
        Assert.That(second.RootElement.GetProperty("uuid").GetString(), Is.Not.EqualTo(first.RootElement.GetProperty("uuid").GetString()));
        Assert.That(other.RootElement.GetProperty("historyId").GetString(), Is.Not.EqualTo(first.RootElement.GetProperty("historyId").GetString()));
    }

    [Test]
    public void A_parameterised_test_shares_its_test_case_id_but_not_its_history_id()
    {
        var plain = SampleResults.Passing();
        var withArguments = plain with { FullName = plain.FullName + "(\"tcp\")" };

        Assert.That(AllureIds.TestCaseId(withArguments.TestCase.Id), Is.EqualTo(AllureIds.TestCaseId(plain.TestCase.Id)));
        Assert.That(AllureIds.HistoryId(withArguments.FullName), Is.Not.EqualTo(AllureIds.HistoryId(plain.FullName)));
    }

    [Test]
    public void Statuses_of_the_other_verdicts_follow_the_mapping()
    {
        using var passed = Read(writer.Write(SampleResults.Passing()));
        using var broken = Read(writer.Write(SampleResults.Error()));
        using var skipped = Read(writer.Write(SampleResults.NotApplicable()));

        Assert.That(passed.RootElement.GetProperty("status").GetString(), Is.EqualTo("passed"));
        Assert.That(passed.RootElement.TryGetProperty("statusDetails", out _), Is.False, "a pass has nothing to explain");
        Assert.That(broken.RootElement.GetProperty("status").GetString(), Is.EqualTo("broken"));
        Assert.That(Labels(broken.RootElement)["severity"], Is.EqualTo(new[] { "minor" }), "no requirement declared");
        Assert.That(skipped.RootElement.GetProperty("status").GetString(), Is.EqualTo("skipped"));
        Assert.That(skipped.RootElement.GetProperty("statusDetails").GetProperty("message").GetString(), Is.EqualTo("NotApplicable: the ICS does not list the TLV content format"));
    }

    [Test]
    public void A_failure_the_baseline_expects_is_known_and_links_its_issue()
    {
        var entry = new BaselineEntry { Test = "LightweightM2M-1.1-int-102", Reason = "firmware 2.3 updates late", Issue = "https://tracker.example/issues/17" };
        var expected = SampleResults.OutOfTime() with { Classification = BaselineClassification.ExpectedFailure, BaselineEntry = entry };

        using var known = Read(writer.Write(expected));
        using var unknown = Read(writer.Write(SampleResults.OutOfTime()));

        Assert.That(known.RootElement.GetProperty("statusDetails").GetProperty("known").GetBoolean(), Is.True);
        Assert.That(unknown.RootElement.GetProperty("statusDetails").GetProperty("known").GetBoolean(), Is.False);
        var issue = known.RootElement.GetProperty("links").EnumerateArray().Single(link => link.GetProperty("type").GetString() == "issue");
        Assert.That(issue.GetProperty("url").GetString(), Is.EqualTo("https://tracker.example/issues/17"));
        Assert.That(issue.GetProperty("name").GetString(), Is.EqualTo("baseline: firmware 2.3 updates late"));
    }

    [Test]
    public void The_run_files_describe_the_DUT_the_executor_and_the_categories()
    {
        writer.WriteRunFiles();

        var properties = File.ReadAllLines(Path.Combine(writer.Directory, "environment.properties"));
        Assert.That(properties, Does.Contain("DUT = client urn:dev:sample").And.Contain("LwM2M.version = 1.1").And.Contain("harness.version = 1.0.0-test"));
        using var executor = JsonDocument.Parse(File.ReadAllText(Path.Combine(writer.Directory, "executor.json")));
        Assert.That(executor.RootElement.GetProperty("name").GetString(), Is.EqualTo("lwm2m-conformance"));
        Assert.That(executor.RootElement.GetProperty("buildName").GetString(), Is.EqualTo("sample-run"));
        using var categories = JsonDocument.Parse(File.ReadAllText(Path.Combine(writer.Directory, "categories.json")));
        var outOfTime = categories.RootElement.EnumerateArray().Single(category => category.GetProperty("name").GetString() == "DUT out of time");
        Assert.That(outOfTime.GetProperty("matchedStatuses")[0].GetString(), Is.EqualTo("failed"));
        Assert.That(outOfTime.GetProperty("messageRegex").GetString(), Is.EqualTo("(?s)^OutOfTime:.*"));
    }

    private static JsonDocument Read(string path) => JsonDocument.Parse(File.ReadAllText(path));

    private static Dictionary<string, string[]> Labels(JsonElement result) =>
        result.GetProperty("labels").EnumerateArray()
            .GroupBy(label => label.GetProperty("name").GetString()!)
            .ToDictionary(group => group.Key, group => group.Select(label => label.GetProperty("value").GetString()!).ToArray());
}
