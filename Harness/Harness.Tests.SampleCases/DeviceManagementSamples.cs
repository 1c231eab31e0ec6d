using Harness.Testing.Metadata;
using Harness.Testing.Verdicts;

namespace Harness.Tests.SampleCases;

/// <summary>Sample cases that selection keeps out: an ICS item the sample plans lack, and a tag they exclude.</summary>
[Interface(Lwm2mInterfaces.DeviceManagement)]
public sealed class DeviceManagementSamples
{
    [Test]
    [Ets("LightweightM2M-1.1-int-201")]
    [RequiresIcs("object:5")]
    public void NeedsFirmwareUpdateObject() =>
        SampleVerdicts.End(new VerdictCheck(Verdict.Pass, "firmware update sample"));

    [Test]
    [Category("slow")]
    [Ets("LightweightM2M-1.1-int-202")]
    public void Slow() =>
        SampleVerdicts.End(new VerdictCheck(Verdict.Pass, "slow sample"));

    [Test]
    [Ets("LightweightM2M-1.1-int-203")]
    public void PassesWithoutPublishing() => Assert.That(TestContext.CurrentContext.Test.Name, Is.Not.Empty);
}
