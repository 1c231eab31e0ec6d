using Harness.Protocol.Lwm2m.Model;
using Harness.Testing.Plan;
using Harness.Tests.Support;

namespace Harness.Tests.Testing.Plan;

public class ValidPlanTests
{
    public static IEnumerable<string> ValidPlanPaths() =>
        new[] { Path.Combine(RepositoryPaths.Root, "testplan.yaml") }
            .Concat(Directory.GetFiles(RepositoryPaths.Fixture("Plans"), "*.yaml").Where(path => !path.EndsWith("-baseline.yaml", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal);

    [TestCaseSource(nameof(ValidPlanPaths))]
    public void The_default_plan_and_the_sample_plans_load(string path)
    {
        var result = TestPlanLoader.Load(path);

        Assert.That(result.Errors, Is.Empty, string.Join('\n', result.Errors));
        Assert.That(result.IsValid, Is.True);
    }

    [Test]
    public void There_are_sample_plans_for_each_adapter_kind() =>
        Assert.That(ValidPlanPaths().Select(path => TestPlanLoader.Load(path).PlanOrThrow().Dut.Adapter.Kind).Distinct(),
            Is.EquivalentTo(Enum.GetValues<AdapterKind>()));

    [Test]
    public void The_default_plan_starts_the_reference_device_as_a_process()
    {
        var plan = TestPlanLoader.Load(Path.Combine(RepositoryPaths.Root, "testplan.yaml")).PlanOrThrow();

        Assert.That(plan.Dut.Role, Is.EqualTo(DutRole.Client));
        Assert.That(plan.Dut.Lwm2mVersion, Is.EqualTo(new VersionNumber(1, 1)));
        Assert.That(plan.Dut.Adapter.Kind, Is.EqualTo(AdapterKind.Process));
        Assert.That(plan.Dut.Adapter.Command, Does.StartWith("dotnet {harnessBin}/ReferenceDevice.dll"));
        Assert.That(plan.Ics.Objects.Select(entry => entry.Id), Is.EqualTo(new[] { 0, 1, 3 }));
        Assert.That(plan.Ics.Bindings, Is.EqualTo(new[] { BindingName.Udp }));
    }

    [Test]
    public void The_plan_carries_every_section_through()
    {
        var plan = TestPlanLoader.Load(RepositoryPaths.Fixture("Plans", "vendor-client-process.yaml")).PlanOrThrow();

        Assert.That(plan.Dut.Endpoint, Is.EqualTo("urn:imei:490154203237518"));
        Assert.That(plan.Dut.Adapter.Stimuli["changeBatteryLevel"], Is.EqualTo("set /3/0/9 42"));
        Assert.That(plan.Dut.Adapter.Environment["ACME_LOG_LEVEL"], Is.EqualTo("debug"));
        Assert.That(plan.Dut.Adapter.StartTimeoutSeconds, Is.EqualTo(20));
        Assert.That(plan.Dut.Adapter.StopTimeoutSeconds, Is.EqualTo(5), "default kept");
        Assert.That(plan.Ics.Objects.Single(entry => entry.Id == 5).Version, Is.EqualTo(new VersionNumber(1, 0)));
        Assert.That(plan.Ics.SecurityModes, Is.EqualTo(new[] { SecurityModeName.NoSec, SecurityModeName.Psk }));
        Assert.That(plan.Ics.Features, Has.Member("LWM2M-BOOT-004-C-O"));
        Assert.That(plan.Ixit.LifetimeSeconds, Is.EqualTo(120));
        Assert.That(plan.Ixit.Tolerances.TimingMilliseconds, Is.EqualTo(500));
        Assert.That(plan.Ixit.Transmission.AckTimeoutSeconds, Is.EqualTo(2), "default kept");
        Assert.That(plan.Selection.Include.Ets, Has.Count.EqualTo(2));
        Assert.That(plan.Selection.Exclude.Tags, Is.EqualTo(new[] { "slow" }));
        Assert.That(plan.Baseline, Is.EqualTo("acme-baseline.yaml"));
    }

    [Test]
    public void Null_values_keep_the_defaults()
    {
        var plan = TestPlanLoader.Parse(
            "dut:\n  role: client\n  lwm2mVersion: '1.0'\n  endpoint: ep\n  adapter:\n    kind: operator\nixit:\n  lifetimeSeconds: ~\n",
            "plan.yaml").PlanOrThrow();

        Assert.That(plan.Ixit.LifetimeSeconds, Is.EqualTo(60));
    }

    [Test]
    public void The_baseline_path_resolves_against_the_plan_folder()
    {
        var result = TestPlanLoader.Load(RepositoryPaths.Fixture("Plans", "vendor-client-process.yaml"));

        Assert.That(result.BaselinePath, Is.EqualTo(RepositoryPaths.Fixture("Plans", "acme-baseline.yaml")));
        Assert.That(TestPlanLoader.Load(Path.Combine(RepositoryPaths.Root, "testplan.yaml")).BaselinePath, Is.Null);
    }
}
