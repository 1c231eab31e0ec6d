using Harness.Protocol.Coap;
using Harness.Testing.Cases;
using Harness.Testing.Metadata;

namespace TestCases.Registration;

/// <summary>LightweightM2M-1.1-int-104 and 1.0-int-104 (the same steps) Registration Update Trigger: the server executes /1/x/8; the DUT updates and stays registered past its lifetime.</summary>
public sealed class RegistrationUpdateTrigger : RegisteredDutTestCase
{
    protected override DutOptions Options => new(Timings.ShortLifetime);

    [Test]
    [Ets("LightweightM2M-1.1-int-104", "LightweightM2M-1.0-int-104")]
    [Description("Registration Update Trigger")]
    [Requirement("LwM2M-CR-008-C-M", "LwM2M-DMSE-011-C-M")]
    [SpecClause(Clauses.Update)]
    [SpecClause(Clauses.ServerObject)]
    [Lwm2mVersions("1.0")]
    [Interface(Lwm2mInterfaces.Registration)]
    [Category(Tags.TestFest)]
    [Category(Tags.Slow)]
    public Task Int104RegistrationUpdateTrigger() => RunAsync(async () =>
    {
        var lifetime = Timings.ShortLifetime;
        var trigger = ServerObjectResource(8);
        Step(1, $"the server executes Registration Update Trigger ({trigger})");
        var executed = await Server.SendExecuteAsync(trigger, target: Registration);
        StopUnless(CheckCode(executed, CoapCode.Changed, "the Execute of Registration Update Trigger"));

        Step(2, "the DUT sends an Update without parameters; the server answers 2.04");
        var update = await ExpectUpdateAsync();
        if (update.IsValid)
        {
            var request = update.Request;
            Check(request.Lifetime is null && request.Binding is null && request.SmsNumber is null && request.ObjectLinks is null,
                "the triggered Update carries no parameters (nothing changed)", "no lt, b, sms or payload", request.ToString());
        }

        var updatedAt = update.ReceivedAt;
        StopUnless(await CheckAndAcceptUpdateAsync(update));

        Step(3, $"the DUT is still registered after the original {lifetime.TotalSeconds:0.###} s lifetime");
        var deadline = Timings.UpdateWithin(lifetime);
        var next = await ExpectUpdateAsync(deadline);
        Check(next.ReceivedAt - updatedAt <= deadline, "the DUT refreshes its registration within the lifetime", $"within {deadline.TotalSeconds:0.###} s", $"after {(next.ReceivedAt - updatedAt).TotalSeconds:0.###} s");
        await CheckAndAcceptUpdateAsync(next);
        Check(Server.FindRegistration(Registration.Endpoint) is { } kept && kept.ExpiresAt > Time.GetUtcNow(), "the registration is alive", "registered", Server.FindRegistration(Registration.Endpoint)?.ToString() ?? "expired");
    });
}
