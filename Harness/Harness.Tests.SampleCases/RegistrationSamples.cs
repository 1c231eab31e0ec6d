using Harness.Testing.Metadata;
using Harness.Testing.Verdicts;

namespace Harness.Tests.SampleCases;

/// <summary>Sample cases ending with each verdict, the way ETS test cases publish them.</summary>
[Interface(Lwm2mInterfaces.Registration)]
public sealed class RegistrationSamples
{
    [Test]
    [Description("Passes and echoes the plan parameter")]
    [Ets("LightweightM2M-1.1-int-101")]
    public void Passes()
    {
        TestContext.Out.WriteLine("plan=" + SampleVerdicts.PlanParameter());
        SampleVerdicts.End(new VerdictCheck(Verdict.Pass, "the sample register was accepted") { Step = 1 });
    }

    [Test]
    [Ets("LightweightM2M-1.1-int-102")]
    public void Fails() =>
        SampleVerdicts.End(new VerdictCheck(Verdict.Fail, "the sample lifetime differs") { Step = 2, Expected = "lt=30", Actual = "lt=60" });

    [Test]
    [Ets("LightweightM2M-1.1-int-103")]
    public void MissesDeadline() =>
        SampleVerdicts.End(new VerdictCheck(Verdict.OutOfTime, "no sample update within the deadline") { Deadline = TimeSpan.FromSeconds(2) });

    [Test]
    [Ets("LightweightM2M-1.1-int-104")]
    public void NotApplicableAtRunTime() =>
        SampleVerdicts.End(new VerdictCheck(Verdict.NotApplicable, "the sample DUT has no second server"));

    [Test]
    [Ets("LightweightM2M-1.1-int-105")]
    public void Throws() => throw new InvalidOperationException("sample harness breakage");

    [TestCase(1)]
    [TestCase(2)]
    [Ets("LightweightM2M-1.1-int-106")]
    public void Parameterized(int instance) =>
        SampleVerdicts.End(new VerdictCheck(Verdict.Pass, $"sample instance {instance} was read"));
}
