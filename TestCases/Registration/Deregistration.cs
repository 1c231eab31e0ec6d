using Harness.Protocol.Coap;
using Harness.Testing.Cases;
using Harness.Testing.Metadata;

namespace TestCases.Registration;

/// <summary>LightweightM2M-1.1-int-103 and 1.0-int-103 (the same steps) Deregistration: the server executes Disable; the DUT de-registers.</summary>
public sealed class Deregistration : RegisteredDutTestCase
{
    [Test]
    [Ets("LightweightM2M-1.1-int-103", "LightweightM2M-1.0-int-103")]
    [Description("Deregistration")]
    [Requirement("LwM2M-CR-009-C-O", "LwM2M-DMSE-011-C-M")]
    [SpecClause(Clauses.Deregister)]
    [SpecClause(Clauses.ServerObject)]
    [Lwm2mVersions("1.0")]
    [Interface(Lwm2mInterfaces.Registration)]
    [Category(Tags.TestFest)]
    public Task Int103Deregistration() => RunAsync(async () =>
    {
        var disable = ServerObjectResource(4);
        Step(1, $"the server executes Disable ({disable})");
        var executed = await Server.SendExecuteAsync(disable, target: Registration);
        StopUnless(CheckCode(executed, CoapCode.Changed, "the Execute of Disable"));

        Step(2, "the DUT sends De-register (DELETE on its location); the server answers 2.02");
        var deregister = await Server.ExpectDeregisterAsync();
        var location = deregister.IsValid ? deregister.Request.LocationPath : deregister.Message.UriPath;
        StopUnless(Check(location == Registration.LocationPath, "the De-register addresses the registration's location", Registration.LocationPath, location));
        await deregister.AcceptAsync();

        Step(3, "the server no longer holds the registration");
        Check(Server.FindRegistration(Registration.Endpoint) is null, "the registration was removed", "no registration", Server.FindRegistration(Registration.Endpoint)?.ToString());
    });
}
