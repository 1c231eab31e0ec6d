using Harness.Testing.Plan;
using Harness.Testing.Suite;
using Harness.Tests.Support;

namespace Harness.Tests.Testing.Plan;

public class EtsTimerPlanTests
{
    private const string Head = "dut:\n  role: client\n  lwm2mVersion: '1.1'\n  endpoint: ep\n  adapter:\n    kind: operator\n";

    [Test]
    public void Without_values_the_ets_lifetimes_are_the_ets_numbers()
    {
        var ets = TestPlanLoader.Parse(Head, "plan.yaml").PlanOrThrow().Ixit.Ets;

        Assert.That((ets.ShortLifetimeSeconds, ets.InitialLifetimeSeconds, ets.ExtendedLifetimeSeconds, ets.QueueModeLifetimeSeconds), Is.EqualTo((20, 60, 120, 240)));
    }

    [Test]
    public void The_default_plan_shortens_them_and_keeps_each_above_twice_max_transmit_wait()
    {
        var plan = TestPlanLoader.Load(Path.Combine(RepositoryPaths.Root, "testplan.yaml")).PlanOrThrow();
        var timings = new SuiteTimings(plan.Ixit, plan.Dut.Adapter);

        Assert.That(new[] { timings.ShortLifetime, timings.InitialLifetime, timings.ExtendedLifetime, timings.QueueModeLifetime },
            Has.All.GreaterThan(timings.Transmission.MaxTransmitWait * 2).And.All.LessThanOrEqualTo(TimeSpan.FromSeconds(10)));
        Assert.That(plan.Dut.Adapter.QueueModeArguments, Does.Contain("{awakeMs}"));
    }

    [Test]
    public void An_extended_lifetime_not_above_the_initial_one_is_an_error_at_its_key()
    {
        var result = TestPlanLoader.Parse(Head + "ixit:\n  ets:\n    initialLifetimeSeconds: 10\n    extendedLifetimeSeconds: 10\n", "plan.yaml");

        Assert.That(result.Errors.Select(error => error.ToString()), Is.EqualTo(new[]
        {
            "plan.yaml:10:30: ixit.ets.extendedLifetimeSeconds: 10 must exceed initialLifetimeSeconds (10); int-107 extends the lifetime",
        }));
    }

    [Test]
    public void Queue_mode_arguments_are_checked_for_unknown_placeholders_and_apply_to_processes_only()
    {
        var process = TestPlanLoader.Parse(
            "dut:\n  role: client\n  lwm2mVersion: '1.1'\n  endpoint: ep\n  adapter:\n    kind: process\n    command: dev {serverUri}\n    queueModeArguments: --awake {awake}\n", "plan.yaml");
        var operatorPlan = TestPlanLoader.Parse(Head + "    queueModeArguments: --queue\n", "plan.yaml");

        Assert.That(process.Errors.Single().Message, Does.StartWith("dut.adapter.queueModeArguments: unknown placeholder {awake}"));
        Assert.That(operatorPlan.Errors.Single().Message, Is.EqualTo("dut.adapter.queueModeArguments: applies only to kind process, not operator"));
    }
}
