using Harness.Protocol.Lwm2m.Messages;
using Harness.Testing.Cases;
using Harness.Testing.Metadata;

namespace TestCases.Registration;

/// <summary>LightweightM2M-1.1-int-101 and 1.0-int-101 (the same steps) Initial Registration: the DUT registers with its parameters and object list, the server answers 2.01.</summary>
public sealed class InitialRegistration : DutTestCase
{
    [Test]
    [Ets("LightweightM2M-1.1-int-101", "LightweightM2M-1.0-int-101")]
    [Description("Initial Registration")]
    [Requirement("LwM2M-CR-001-C-M", "LwM2M-CR-002-C-M", "LwM2M-CR-003-C-M", "LwM2M-CR-004-C-M", "LwM2M-CR-007-C-M", "LwM2M-CR-0011-C-M", "LwM2M-REG-02")]
    [SpecClause(Clauses.Register)]
    [Lwm2mVersions("1.0")]
    [Interface(Lwm2mInterfaces.Registration)]
    [Category(Tags.TestFest)]
    public Task Int101InitialRegistration() => RunAsync(async () =>
    {
        Step(1, "the DUT sends Register to the server");
        var register = await Server.ExpectRegisterAsync(timeout: Timings.Registration);
        var version = Plan.Dut.Lwm2mVersion;
        var strict = RegisterRequest.Parse(register.Message, version);
        Check(strict.IsValid, $"the Register is well-formed for LwM2M {version}", "no error", strict.IsValid ? register.Message.ToString() : string.Join("; ", strict.Errors));
        if (register.IsValid)
        {
            var request = register.Request;
            Check(request.Endpoint == Endpoint, "ep is the Endpoint Client Name the DUT was configured with", Endpoint, request.Endpoint);
            Check(request.Lifetime == (uint)Options.Lifetime.TotalSeconds, "lt is the lifetime the DUT was configured with", $"{Options.Lifetime.TotalSeconds}", request.Lifetime?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "absent");
            Check(request.Version == version, $"lwm2m is {version}", version.ToString(), request.Version?.ToString() ?? "absent");
            var objects = request.ObjectLinks.ObjectIds.ToList();
            Check(objects.Count > 0, "the payload lists the DUT's objects and object instances", "at least one link", request.ObjectLinks.ToString());
            Check(!objects.Contains(0) && !objects.Contains(21), "the object list omits the Security (0) and OSCORE (21) objects", "no </0> and no </21> links", request.ObjectLinks.ToString());
        }

        Step(2, "the server answers 2.01 Created with a Location-Path");
        if (!register.IsValid)
        {
            await register.RespondAsync(Lwm2mResponses.BadRequest(string.Join("; ", register.Errors)));
            return;
        }

        var registration = await register.AcceptAsync();
        Check(registration is not null && Server.FindRegistration(register.Request.Endpoint) is not null,
            "the server registered the DUT and sent 2.01 Created", "a registration", registration?.ToString() ?? "none");
    });
}
