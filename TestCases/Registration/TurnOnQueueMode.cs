using Harness.Testing.Cases;
using Harness.Testing.Metadata;

namespace TestCases.Registration;

/// <summary>LightweightM2M-1.1-int-108 Turn on Queue Mode: the DUT, configured for queue mode, registers with binding U and the Q parameter.</summary>
public sealed class TurnOnQueueMode : RegisteredDutTestCase
{
    protected override DutOptions Options => new(Timings.Lifetime, QueueMode: true);

    [Test]
    [Ets("LightweightM2M-1.1-int-108")]
    [Description("Turn on Queue Mode")]
    [Requirement("LwM2M-MEC-001-C-O", "LwM2M-CR-005-C-M")]
    [SpecClause(Clauses.QueueMode)]
    [SpecClause(Clauses.Register)]
    [Lwm2mVersions("1.1")]
    [RequiresIcs("queueMode")]
    [Interface(Lwm2mInterfaces.Registration)]
    public Task Int108TurnOnQueueMode() => RunAsync(() =>
    {
        var request = RegisterMessage.Request;
        Step(1, "the DUT registers with binding U and in queue mode (Q)");
        Check(request.EffectiveBinding == "U", "the binding is U", "b=U or no b", request.Binding ?? "no b");
        Check(request.QueueMode, "the Register asks for queue mode", "the Q parameter", RegisterMessage.Message.ToString());

        Step(2, "the server answered 2.01 and records the DUT as being in queue mode");
        Check(Registration.QueueMode, "the server's registration is in queue mode", "queue mode", Registration.ToString());
        return Task.CompletedTask;
    });
}
