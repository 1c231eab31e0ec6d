using Harness.Testing.Metadata;
using Harness.Testing.Verdicts;

namespace Harness.Tests.SampleCases;

/// <summary>A sample whose verdict is published as Pass, after which its TearDown breaks: the run must not say Pass.</summary>
[Interface(Lwm2mInterfaces.Registration)]
public sealed class TearDownSamples
{
    [TearDown]
    public void BreakAfterwards() => throw new InvalidOperationException("sample teardown breakage");

    [Test]
    [Ets("LightweightM2M-1.1-int-107")]
    public void PassesThenTearDownThrows() =>
        SampleVerdicts.End(new VerdictCheck(Verdict.Pass, "the sample deregister was accepted"));
}
