using Harness.Testing.Metadata;

namespace Harness.Tests.Testing.Metadata;

// Fixtures read by the metadata tests. Their methods carry no NUnit test attribute so that the
// runner does not pick up the deliberately malformed ones.
#pragma warning disable CA1822 // The reader looks at instance methods, as NUnit tests are.

[Interface("Registration")]
[Requirement("LwM2M-REG-01")]
[Lwm2mVersions("1.0")]
public class SampleRegistrationFixture
{
    [Ets("LightweightM2M-1.1-int-101", "LightweightM2M-1.0-int-101")]
    [Requirement("LWM2M-REG-001-C-M", "LwM2M-REG-01")]
    [SpecClause("OMA-TS-LightweightM2M_Core-V1_1_1 §6.2.1")]
    [Lwm2mVersions("1.1", "1.2")]
    [RequiresIcs("binding:udp", "object:3")]
    [Category("smoke")]
    public void Initial_registration()
    {
    }

    public void Plain()
    {
    }
}

public class SampleMalformedFixture
{
    [Ets("LightweightM2M-1.1-int-1o1")]
    [Requirement("REG-01")]
    [Interface("Registrations")]
    [Lwm2mVersions("1.2", "1.1")]
    [RequiresIcs("binding:udq")]
    public void Malformed()
    {
    }
}
#pragma warning restore CA1822
