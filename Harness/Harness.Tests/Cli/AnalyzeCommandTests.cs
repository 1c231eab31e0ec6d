using System.Net;
using System.Text.Json;
using Harness.Cli;
using Harness.Protocol.Coap;
using Harness.Runtime.Analysis.Rules;
using Harness.Tests.Runtime.Analysis.Rules;
using Harness.Tests.Support;

namespace Harness.Tests.Cli;

/// <summary>`analyze FILE`: findings of the reference captures as text and JSON, options, exit codes.</summary>
public sealed class AnalyzeCommandTests
{
    private static string Capture(string name) => RepositoryPaths.Fixture("Captures", name);

    [Test]
    public void Violations_are_listed_with_rule_clause_frames_expected_and_actual_and_exit_1()
    {
        using var cli = new CliHarness();

        Assert.That(cli.Run("analyze", Capture("retransmit-too-early.WIRE-RETRANSMIT.pcapng")), Is.EqualTo(ExitCodes.NewFailures));
        Assert.That(cli.Output, Does.Contain("3 frames, 3 CoAP messages, 1 violation(s), 0 warning(s)"));
        Assert.That(cli.Output, Does.Contain("VIOLATION WIRE-RETRANSMIT (RFC 7252 §4.2, §4.8) frames 2, 1"));
        Assert.That(cli.Output, Does.Contain("expected: interval 1 within [2000 ms, 3000 ms] ± 20 ms"));
        Assert.That(cli.Output, Does.Contain("actual:   800 ms after frame 1"));
    }

    [Test]
    public void A_clean_capture_and_one_with_only_warnings_exit_0()
    {
        using var cli = new CliHarness();

        Assert.That(cli.Run("analyze", Capture("clean-registration.clean.pcapng")), Is.EqualTo(ExitCodes.Success));
        Assert.That(cli.Output, Does.Contain("32 frames, 32 CoAP messages, 0 violation(s), 0 warning(s)"));
        Assert.That(cli.Run("analyze", Capture("duplicate-answered-differently.WIRE-DUPLICATE.pcapng")), Is.EqualTo(ExitCodes.Success));
        Assert.That(cli.Output, Does.Contain("WARNING   WIRE-DUPLICATE"));
    }

    [Test]
    public void The_analysis_goes_into_an_allure_result_with_the_findings_and_the_capture_attached()
    {
        using var cli = new CliHarness();
        var folder = Path.Combine(cli.Folder, "allure-results");

        Assert.That(cli.Run("analyze", Capture("token-mismatch.WIRE-TOKEN.pcapng"), "--allure", folder), Is.EqualTo(ExitCodes.NewFailures));

        var resultFile = Directory.GetFiles(folder, "*-result.json").Single();
        using var json = JsonDocument.Parse(File.ReadAllText(resultFile));
        var root = json.RootElement;
        Assert.That(root.GetProperty("status").GetString(), Is.EqualTo("failed"));
        Assert.That(root.GetProperty("name").GetString(), Is.EqualTo("Wire analysis of token-mismatch.WIRE-TOKEN.pcapng"));
        Assert.That(root.GetRawText(), Does.Contain("wire [WIRE-TOKEN]"));
        var sources = AttachmentSources(root).ToList();
        Assert.That(sources.Any(source => source.EndsWith(".pcapng", StringComparison.Ordinal)), Is.True, string.Join(", ", sources));
        Assert.That(sources.All(source => File.Exists(Path.Combine(folder, source))), Is.True);
        Assert.That(File.Exists(Path.Combine(folder, "environment.properties")), Is.True);
        Assert.That(cli.Output, Does.Contain("Allure result: " + resultFile));
    }

    private static IEnumerable<string> AttachmentSources(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (property.Name == "source" && property.Value.ValueKind == JsonValueKind.String)
                {
                    yield return property.Value.GetString()!;
                }

                foreach (var nested in AttachmentSources(property.Value))
                {
                    yield return nested;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                foreach (var nested in AttachmentSources(item))
                {
                    yield return nested;
                }
            }
        }
    }

    [Test]
    public void Json_has_the_documented_shape()
    {
        using var cli = new CliHarness();
        var output = Path.Combine(cli.Folder, "report.json");

        Assert.That(cli.Run("analyze", Capture("token-mismatch.WIRE-TOKEN.pcapng"), "--format", "json", "--output", output, "--timeline"), Is.EqualTo(ExitCodes.NewFailures));

        using var json = JsonDocument.Parse(File.ReadAllText(output));
        var root = json.RootElement;
        Assert.That(root.GetProperty("frames").GetInt64(), Is.EqualTo(4));
        Assert.That(root.GetProperty("violations").GetInt32(), Is.EqualTo(1));
        Assert.That(root.GetProperty("settings").GetProperty("ackTimeoutMs").GetDouble(), Is.EqualTo(2000));
        var finding = root.GetProperty("findings")[0];
        Assert.That(finding.GetProperty("ruleId").GetString(), Is.EqualTo("WIRE-TOKEN"));
        Assert.That(finding.GetProperty("clause").GetString(), Is.EqualTo("RFC 7252 §5.3.2; RFC 8323 §5"));
        Assert.That(finding.GetProperty("severity").GetString(), Is.EqualTo("Violation"));
        Assert.That(finding.GetProperty("frames").EnumerateArray().Select(f => f.GetInt64()), Is.EqualTo(new long[] { 4, 3 }));
        Assert.That(finding.GetProperty("culprit").GetString(), Is.EqualTo("127.0.0.1:56830"));
        Assert.That(root.GetProperty("timeline").GetArrayLength(), Is.EqualTo(4));
        Assert.That(root.GetProperty("timeline")[2].GetProperty("comment").GetString(), Is.EqualTo("Read /3/0/0"));
        Assert.That(cli.Output, Does.Contain("report written to " + output));
    }

    [Test]
    public void Harness_endpoints_and_transmission_parameters_change_the_judgement()
    {
        using var cli = new CliHarness();
        var capture = Capture("retransmit-too-early.WIRE-RETRANSMIT.pcapng");

        Assert.That(cli.Run("analyze", capture, "--harness", "127.0.0.1:56830"), Is.EqualTo(ExitCodes.Success));
        Assert.That(cli.Output, Does.Contain("0 violation(s), 0 warning(s)"));

        // With ACK_TIMEOUT 0.5 s the 800 ms copy is late (above 750 ms), no longer early: a warning.
        Assert.That(cli.Run("analyze", capture, "--ack-timeout", "0.5"), Is.EqualTo(ExitCodes.Success));
        Assert.That(cli.Output, Does.Contain("0 violation(s), 1 warning(s)"));
    }

    [Test]
    public void Extra_ports_are_decoded_as_CoAP()
    {
        using var cli = new CliHarness();
        var client = new IPEndPoint(IPAddress.Loopback, 40000);
        var server = new IPEndPoint(IPAddress.Loopback, 6000);
        var script = new WireScript()
            .Add(0, client, server, CoapUdpCodec.Encode(Msg.Request(CoapCode.Get, 1, 1, "/3/0/0")))
            .Add(1, server, client, CoapUdpCodec.Encode(Msg.Text(CoapMessageType.Acknowledgement, 2, 1, "x")));
        var path = Path.Combine(cli.Folder, "other-port.pcapng");
        File.WriteAllBytes(path, ReferenceCaptureFileTests.Generate(script));

        Assert.That(cli.Run("analyze", path), Is.EqualTo(ExitCodes.Success));
        Assert.That(cli.Output, Does.Contain("2 frames, 0 CoAP messages"));
        Assert.That(cli.Run("analyze", path, "--port", "6000", "--timeline"), Is.EqualTo(ExitCodes.NewFailures));
        Assert.That(cli.Output, Does.Contain("2 frames, 2 CoAP messages, 1 violation(s)"));
        Assert.That(cli.Output, Does.Contain("WIRE-ACK-MID"));
        Assert.That(cli.Output, Does.Contain("#1 127.0.0.1:40000 → 127.0.0.1:6000 UDP CON 0.01 GET mid=0x0001"));
    }

    [Test]
    public void Rules_are_listed_with_ids_and_clauses()
    {
        using var cli = new CliHarness();

        Assert.That(cli.Run("analyze", "--rules"), Is.EqualTo(ExitCodes.Success));
        Assert.That(WireRuleSet.All, Has.All.Matches<Harness.Runtime.Analysis.IWireRule>(r => cli.Output.Contains(r.Id, StringComparison.Ordinal) && cli.Output.Contains(r.Clause, StringComparison.Ordinal)));
    }

    [TestCase("analyze")]
    [TestCase("analyze", "missing.pcapng")]
    [TestCase("analyze", "testplan.yaml")]
    [TestCase("analyze", "x.pcapng", "--harness", "localhost")]
    [TestCase("analyze", "x.pcapng", "--max-retransmit", "-1")]
    [TestCase("analyze", "x.pcapng", "--format", "xml")]
    [TestCase("analyze", "x.pcapng", "--ack-timeout", "soon")]
    public void Unreadable_files_and_bad_options_exit_2(params string[] args)
    {
        using var cli = new CliHarness();

        Assert.That(cli.Run(args), Is.EqualTo(ExitCodes.InvalidInput), cli.Output);
        Assert.That(cli.Output, Does.Contain("error"));
    }
}
