using Harness.Protocol.Lwm2m.Messages;
using Harness.Runtime.Peers;
using Harness.Testing.Verdicts;

namespace Harness.Testing.Cases;

/// <summary>
/// A test case that starts from a registered DUT: the preamble starts it, expects its Register within
/// the start timeout plus MAX_TRANSMIT_WAIT and answers 2.01 with a fresh Location-Path. It is lenient:
/// any well-formed Register is accepted whatever its parameters (judging them is int-101's job); a
/// malformed one is answered 4.00 and the test is Inconclusive, since its precondition was never met.
/// </summary>
public abstract partial class RegisteredDutTestCase : DutTestCase
{
    private Lwm2mRegistration? registration;
    private IncomingLwm2mRequest<RegisterRequest>? register;

    /// <summary>The DUT's registration as the server last accepted it.</summary>
    protected Lwm2mRegistration Registration => registration ?? throw new InvalidOperationException("the DUT is not registered");

    /// <summary>The Register the preamble accepted.</summary>
    protected IncomingLwm2mRequest<RegisterRequest> RegisterMessage => register ?? throw new InvalidOperationException("no Register was accepted");

    protected override async Task PreambleAsync()
    {
        await base.PreambleAsync().ConfigureAwait(false);
        register = await Server.ExpectRegisterAsync(timeout: Timings.Registration).ConfigureAwait(false);
        registration = await AcceptLenientlyAsync(register).ConfigureAwait(false);
        Verdicts.Record(new VerdictCheck(Verdict.Pass, $"preamble: the DUT registered as {registration}") { Step = CurrentStep });
    }

    /// <summary>Updates what the test knows of the registration after the server accepted an Update.</summary>
    protected void Track(Lwm2mRegistration? updated)
    {
        if (updated is not null)
        {
            registration = updated;
        }
    }

    /// <summary>Answers a well-formed Register 2.01; a malformed one 4.00, ending the test Inconclusive.</summary>
    protected async Task<Lwm2mRegistration> AcceptLenientlyAsync(IncomingLwm2mRequest<RegisterRequest> incoming)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        if (!incoming.IsValid)
        {
            var errors = string.Join("; ", incoming.Errors);
            await incoming.RespondAsync(Lwm2mResponses.BadRequest(errors)).ConfigureAwait(false);
            Stop(Verdict.Inconclusive, $"precondition not met: the DUT's Register is malformed, so it cannot be registered: {errors}", incoming.Message.ToString());
        }

        return await incoming.AcceptAsync().ConfigureAwait(false)
            ?? throw new InvalidOperationException("accepting a Register left no registration");
    }
}
