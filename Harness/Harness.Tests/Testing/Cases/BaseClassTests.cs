using System.Net;
using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m.Messages;
using Harness.Testing.Suite;
using Harness.Testing.Verdicts;
using Harness.Tests.Support;
using TestCases.DeviceManagement;
using TestCases.Registration;

namespace Harness.Tests.Testing.Cases;

/// <summary>
/// The layered base classes, seen through real ETS cases run in a nested NUnit run against a hand-driven
/// client the plan declares attached: preamble, steps, checks, OutOfTime, Inconclusive, NotApplicable, Error.
/// </summary>
public sealed class BaseClassTests
{
    private const string Endpoint = "attached-client";
    private string folder = null!;
    private int port;

    [SetUp]
    public void CreateFolder()
    {
        folder = Path.Combine(Path.GetTempPath(), "cases-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        port = FreePort.Udp();
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    [Test]
    public async Task A_registered_client_with_the_device_object_passes_int_201_step_by_step()
    {
        await using var client = new AttachedClient();
        client.Set("/3/0/0", "Acme");
        client.Set("/3/0/1", "Model 1");
        client.Set("/3/0/2", "SN-1");

        var verdict = await RunWithClientAsync(typeof(PlainTextBasicInformation), nameof(PlainTextBasicInformation.Int201PlainTextBasicInformation), client, Links("/1/0", "/3/0"));

        Assert.That(verdict.Overall, Is.EqualTo(Verdict.Pass), verdict.Describe(verdict.Checks));
        Assert.That(verdict.Checks.Select(check => check.Step).Distinct(), Is.EqualTo(new int?[] { 0, 1, 2, 3, null }), "the steps, then the wire analysis of the whole capture");
        Assert.That(verdict.Checks.Skip(1).All(check => check.RequirementIds.Contains("LwM2M-DMSE-001-C-M")), Is.True, "the test's requirement ids are the default of its checks");
    }

    [Test]
    public async Task A_case_accounts_its_waits_for_the_dut_within_its_own_time()
    {
        await using var client = new AttachedClient();
        client.Set("/3/0/0", "Acme");
        client.Set("/3/0/1", "Model 1");
        client.Set("/3/0/2", "SN-1");

        var published = await RunWithClientAsync(typeof(PlainTextBasicInformation), nameof(PlainTextBasicInformation.Int201PlainTextBasicInformation), client, Links("/1/0", "/3/0"), e => e);

        var time = published.Time;
        Assert.That(time, Is.Not.Null);
        Assert.That(time!.Waits, Is.GreaterThanOrEqualTo(6), "starting and stopping the DUT, the Register, three Reads");
        Assert.That(time.Waited, Is.GreaterThan(TimeSpan.Zero).And.LessThanOrEqualTo(time.Total));
    }

    [Test]
    public async Task A_wrong_answer_fails_the_step_that_checks_it()
    {
        await using var client = new AttachedClient();

        var verdict = await RunWithClientAsync(typeof(TlvBasicInformation), nameof(TlvBasicInformation.Int203TlvBasicInformation), client, Links("/1/0", "/3/0"));

        Assert.That(verdict.Overall, Is.EqualTo(Verdict.Fail));
        var failed = verdict.Failures.Single();
        Assert.That(failed.Step, Is.EqualTo(1));
        Assert.That(failed.Reason, Does.Contain("2.05"));
        Assert.That(failed.Actual, Does.Contain("4.04"));
    }

    [Test]
    public async Task A_missing_object_instance_is_inconclusive_when_the_ics_lists_its_object()
    {
        await using var client = new AttachedClient();

        var verdict = await RunWithClientAsync(typeof(PlainTextBasicInformation), nameof(PlainTextBasicInformation.Int201PlainTextBasicInformation), client, Links("/1/0"));

        Assert.That(verdict.Overall, Is.EqualTo(Verdict.Inconclusive));
        Assert.That(verdict.Deciding.Single().Reason, Does.Contain("/3/0"));
    }

    [Test]
    public void A_client_that_never_registers_is_out_of_time_naming_the_register()
    {
        var verdict = SingleCaseRun.Run(WritePlan(), typeof(Deregistration), nameof(Deregistration.Int103Deregistration));

        Assert.That(verdict.Overall, Is.EqualTo(Verdict.OutOfTime));
        var late = verdict.Deciding.Single();
        Assert.That(late.Step, Is.EqualTo(0));
        Assert.That(late.Reason, Does.Contain("Register"));
        Assert.That(late.Deadline, Is.GreaterThan(TimeSpan.FromSeconds(1)), "start timeout plus MAX_TRANSMIT_WAIT");
    }

    [Test]
    public void A_case_whose_ics_item_is_unsupported_is_not_applicable_with_the_reason()
    {
        var verdict = SingleCaseRun.Run(WritePlan(features: "[]"), typeof(TurnOnQueueMode), nameof(TurnOnQueueMode.Int108TurnOnQueueMode));

        Assert.That(verdict.Overall, Is.EqualTo(Verdict.NotApplicable));
        Assert.That(verdict.Deciding.Single().Reason, Does.Contain("queueMode"));
    }

    [Test]
    public void An_invalid_plan_makes_the_case_an_error_with_the_loader_messages()
    {
        var path = Path.Combine(folder, "broken.yaml");
        File.WriteAllText(path, "dut:\n  role: client\n  lwm2mVersion: \"1.1\"\n  endpoint: x\n  adapter:\n    kind: attach\nixit:\n  lifetme: 3\n");

        var verdict = SingleCaseRun.Run(path, typeof(InitialRegistration), nameof(InitialRegistration.Int101InitialRegistration));

        Assert.That(verdict.Overall, Is.EqualTo(Verdict.Error));
        Assert.That(verdict.Deciding.Single().Reason, Does.Contain("broken.yaml:8:3").And.Contain("lifetme"));
    }

    private static ObjectLinks Links(params string[] paths) => ObjectLinks.Of(paths);

    /// <summary>Runs a case on a worker thread while the client registers with the server the case starts on the plan's port.</summary>
    private Task<TestVerdict> RunWithClientAsync(Type fixture, string method, AttachedClient client, ObjectLinks links) =>
        RunWithClientAsync(fixture, method, client, links, e => e.Verdict);

    private async Task<T> RunWithClientAsync<T>(Type fixture, string method, AttachedClient client, ObjectLinks links, Func<VerdictPublishedEventArgs, T> select)
    {
        var plan = WritePlan();
        var run = Task.Run(() => select(SingleCaseRun.RunPublished(plan, fixture, method)));
        using var stop = new CancellationTokenSource();
        var registering = client.RegisterAsync(new RegisterRequest(Endpoint) { Lifetime = 60, ObjectLinks = links }, new IPEndPoint(IPAddress.Loopback, port), stop.Token);
        var verdict = await run;
        await stop.CancelAsync();
        var created = await registering.ContinueWith(t => t.IsCompletedSuccessfully ? t.Result : null, TaskScheduler.Default);
        Assert.That(created?.Code, Is.EqualTo(CoapCode.Created).Or.Null);
        return verdict;
    }

    private string WritePlan(string features = "[queueMode]")
    {
        var path = Path.Combine(folder, "testplan.yaml");
        File.WriteAllText(path, $"""
            dut:
              role: client
              lwm2mVersion: "1.1"
              endpoint: {Endpoint}
              adapter:
                kind: attach
                startTimeoutSeconds: 1
            ics:
              objects:
                - {"{"} id: 1 {"}"}
                - {"{"} id: 3 {"}"}
              contentFormats: [plainText, tlv]
              bindings: [udp]
              features: {features}
            ixit:
              serverPort: {port}
              transmission:
                ackTimeoutSeconds: 0.5
                maxRetransmit: 1
            """);
        return path;
    }
}
