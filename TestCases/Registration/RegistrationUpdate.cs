using Harness.Protocol.Coap;
using Harness.Testing.Cases;
using Harness.Testing.Metadata;

namespace TestCases.Registration;

/// <summary>LightweightM2M-1.1-int-102 and 1.0-int-102 (the same steps) Registration Update: the server shortens the lifetime; the DUT updates with it and keeps the registration alive.</summary>
public sealed class RegistrationUpdate : RegisteredDutTestCase
{
    [Test]
    [Ets("LightweightM2M-1.1-int-102", "LightweightM2M-1.0-int-102")]
    [Description("Registration Update")]
    [Requirement("LwM2M-CR-008-C-M", "LwM2M-CR-003-C-M", "LwM2M-DMSE-003-C-M")]
    [SpecClause(Clauses.Update)]
    [SpecClause(Clauses.ServerObject)]
    [Lwm2mVersions("1.0")]
    [Interface(Lwm2mInterfaces.Registration)]
    [Category(Tags.TestFest)]
    [Category(Tags.Slow)]
    public Task Int102RegistrationUpdate() => RunAsync(async () =>
    {
        var lifetime = Timings.ShortLifetime;
        var seconds = ((uint)lifetime.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);

        Step(1, $"the server writes the lifetime {seconds} s to {ServerObjectResource(1)}");
        var written = await WriteLifetimeAsync(lifetime);
        StopUnless(CheckCode(written, CoapCode.Changed, "the Write of the lifetime"));

        Step(2, $"the DUT sends an Update with lt={seconds}; the server answers 2.04");
        var update = await ExpectUpdateAsync();
        Check(update.IsValid && update.Request.Lifetime == (uint)lifetime.TotalSeconds, "the Update carries the new lifetime", $"lt={seconds}",
            update.IsValid ? update.Request.ToString() : string.Join("; ", update.Errors));
        var updatedAt = update.ReceivedAt;
        StopUnless(await CheckAndAcceptUpdateAsync(update));

        Step(3, $"before the {seconds} s lifetime expires the DUT sends another Update");
        var deadline = Timings.UpdateWithin(lifetime);
        var next = await ExpectUpdateAsync(deadline);
        Check(next.ReceivedAt - updatedAt <= deadline, "the next Update arrives within the lifetime", $"within {deadline.TotalSeconds:0.###} s", $"after {(next.ReceivedAt - updatedAt).TotalSeconds:0.###} s");
        Check(!next.IsValid || next.Request.Lifetime is null || next.Request.Lifetime == (uint)lifetime.TotalSeconds,
            "the refreshing Update keeps the lifetime (no lt, or the same)", $"no lt or lt={seconds}", next.IsValid ? next.Request.ToString() : null);
        await CheckAndAcceptUpdateAsync(next);
    });
}
