using Harness.Protocol.Coap;
using Harness.Testing.Cases;
using Harness.Testing.Metadata;

namespace TestCases.Registration;

/// <summary>LightweightM2M-1.1-int-107 Extending the lifetime of a registration: the server writes a longer lifetime; the DUT updates at once and keeps refreshing.</summary>
public sealed class ExtendingRegistrationLifetime : RegisteredDutTestCase
{
    protected override DutOptions Options => new(Timings.InitialLifetime);

    [Test]
    [Ets("LightweightM2M-1.1-int-107")]
    [Description("Extending the lifetime of a registration")]
    [Requirement("LwM2M-CR-008-C-M", "LwM2M-CR-003-C-M", "LwM2M-DMSE-003-C-M")]
    [SpecClause(Clauses.Update)]
    [SpecClause(Clauses.ServerObject)]
    [Lwm2mVersions("1.1")]
    [Interface(Lwm2mInterfaces.Registration)]
    [Category(Tags.Slow)]
    public Task Int107ExtendingRegistrationLifetime() => RunAsync(async () =>
    {
        var initial = Timings.InitialLifetime;
        var extended = Timings.ExtendedLifetime;
        Step(1, $"the DUT registered with lt={initial.TotalSeconds:0} and got 2.01");
        var registered = RegisterMessage.Request.Lifetime;
        Check(registered == (uint)initial.TotalSeconds, "the Register carries the configured lifetime", $"lt={initial.TotalSeconds:0}", registered is null ? "no lt" : $"lt={registered}");

        Step(2, $"the server writes the lifetime {extended.TotalSeconds:0} s");
        var written = await WriteLifetimeAsync(extended);
        StopUnless(CheckCode(written, CoapCode.Changed, "the Write of the lifetime"));

        Step(3, $"the DUT sends an Update with lt={extended.TotalSeconds:0} at once; the server answers 2.04");
        var update = await ExpectUpdateAsync();
        Check(update.IsValid && update.Request.Lifetime == (uint)extended.TotalSeconds, "the Update carries the extended lifetime", $"lt={extended.TotalSeconds:0}",
            update.IsValid ? update.Request.ToString() : string.Join("; ", update.Errors));
        var updatedAt = update.ReceivedAt;
        StopUnless(await CheckAndAcceptUpdateAsync(update));

        Step(4, "the next Update arrives within the extended lifetime");
        var deadline = Timings.UpdateWithin(extended);
        var next = await ExpectUpdateAsync(deadline);
        Check(next.ReceivedAt - updatedAt <= deadline, "the DUT refreshes its registration within the extended lifetime", $"within {deadline.TotalSeconds:0.###} s", $"after {(next.ReceivedAt - updatedAt).TotalSeconds:0.###} s");
        await CheckAndAcceptUpdateAsync(next);
    });
}
