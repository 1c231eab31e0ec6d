using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m.Messages;
using Harness.Testing.Cases;
using Harness.Testing.Metadata;

namespace TestCases.Registration;

/// <summary>
/// LightweightM2M-1.1-int-105 Discarded Register Update: the server has forgotten the registration, so it
/// answers the DUT's next Update 4.04; the DUT must register again. The harness triggers that Update with
/// /1/x/8 and answers it 4.04 as a server that lost the registration would.
/// </summary>
public sealed class DiscardedRegisterUpdate : RegisteredDutTestCase
{
    [Test]
    [Ets("LightweightM2M-1.1-int-105")]
    [Description("Discarded Register Update")]
    [Requirement("LwM2M-CR-001-C-M", "LwM2M-CR-008-C-M")]
    [SpecClause(Clauses.Update)]
    [SpecClause(Clauses.Register)]
    [Lwm2mVersions("1.1")]
    [Interface(Lwm2mInterfaces.Registration)]
    public Task Int105DiscardedRegisterUpdate() => RunAsync(async () =>
    {
        var trigger = ServerObjectResource(8);
        Step(1, $"the server forgets the registration and executes {trigger} so that the DUT updates");
        var executed = await Server.SendExecuteAsync(trigger, target: Registration);
        StopUnless(CheckCode(executed, CoapCode.Changed, "the Execute of Registration Update Trigger"));

        Step(2, "the DUT sends an Update; the server answers 4.04 Not Found");
        var update = await ExpectUpdateAsync();
        await update.RespondAsync(Lwm2mResponses.NotFound("registration discarded"));

        Step(3, "the DUT registers again (Register, as in int-101); the server answers 2.01");
        var register = await Server.ExpectRegisterAsync();
        Check(register.IsValid, "the new Register is well-formed", "a valid Register", register.IsValid ? register.Message.ToString() : string.Join("; ", register.Errors));
        if (register.IsValid)
        {
            Check(register.Request.Endpoint == Endpoint, "the DUT registers again with its Endpoint Client Name", Endpoint, register.Request.Endpoint);
            Track(await register.AcceptAsync());
            Check(Server.FindRegistration(Endpoint) is not null, "the DUT is registered again", "a registration", Server.FindRegistration(Endpoint)?.ToString() ?? "none");
        }
        else
        {
            await register.RespondAsync(Lwm2mResponses.BadRequest(string.Join("; ", register.Errors)));
        }
    });
}
