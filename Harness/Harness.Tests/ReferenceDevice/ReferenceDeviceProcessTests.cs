using System.Text.RegularExpressions;
using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Messages;
using Harness.Runtime.Dut;
using Harness.Runtime.Peers;
using static Harness.Tests.ReferenceDevice.ReferenceDeviceProcess;

namespace Harness.Tests.ReferenceDevice;

/// <summary>The reference device as the harness runs it: a process started from the test plan's command, driven by console stimuli.</summary>
public class ReferenceDeviceProcessTests
{
    private static FakeLwm2mServerSettings ServerSettings => new()
    {
        ExpectTimeout = Prompt,
        ExpectedVersion = Lwm2mVersions.V11,
        AnswerPolicy = RegistrationAnswerPolicy.Automatic,
    };

    [Test]
    public async Task It_registers_updates_on_the_stimulus_and_deregisters_on_quit()
    {
        await using var server = new FakeLwm2mServer(ServerSettings with { ExpectTimeout = StartDeadline });
        await using var dut = Adapter();

        await dut.StartAsync(Configuration(server, lifetimeSeconds: 60));
        var register = await server.ExpectRegisterAsync();
        Assert.That(register.Errors, Is.Empty);
        Assert.That(register.Message.UriQuery, Is.EquivalentTo(new[] { "ep=urn:dev:reference-device", "lt=60", "lwm2m=1.1", "b=U" }));
        Assert.That(register.Request.ObjectLinks.InstancesOf(3), Is.EqualTo(new[] { 0 }));
        Assert.That(register.Request.ObjectLinks.ObjectIds, Has.None.EqualTo(0), "the Security object is not announced");
        var registration = server.FindRegistration("urn:dev:reference-device")!;

        Assert.That((await dut.SendStimulusAsync("registrationUpdate")).Status, Is.EqualTo(DutActionStatus.Done));
        var update = await server.ExpectUpdateAsync();
        Assert.That(update.Message.UriPath, Is.EqualTo(registration.LocationPath));
        await dut.WaitForOutputAsync(new Regex("^updated$"), Prompt);

        await dut.StopAsync();
        var deregister = await server.ExpectDeregisterAsync();
        Assert.That(deregister.Message.UriPath, Is.EqualTo(registration.LocationPath));
        Assert.That(dut.State.Status, Is.EqualTo(DutRunStatus.Exited));
        Assert.That(dut.State.ExitCode, Is.Zero);
        Assert.That(dut.State.Detail, Does.Contain("after the quit line"));
    }

    [Test]
    public async Task The_deregister_and_reboot_stimuli_deregister_and_register_afresh()
    {
        await using var server = new FakeLwm2mServer(ServerSettings with { ExpectTimeout = StartDeadline });
        await using var dut = Adapter();
        await dut.StartAsync(Configuration(server));
        await server.ExpectRegisterAsync();

        await dut.SendStimulusAsync("deregister");
        await server.ExpectDeregisterAsync();
        await dut.WaitForOutputAsync(new Regex("^deregistered "), Prompt);
        Assert.That(server.Registrations, Is.Empty);
        await dut.SendStimulusAsync("reboot");
        var again = await server.ExpectRegisterAsync();

        Assert.That(again.Errors, Is.Empty);
        await dut.WaitForOutputAsync(new Regex("^registered location=/rd/0002$"), Prompt);
        await dut.StopAsync();
    }

    [Test]
    public async Task The_missing_endpoint_fault_registers_without_ep()
    {
        await using var server = new FakeLwm2mServer(ServerSettings with { ExpectTimeout = StartDeadline });
        await using var dut = Adapter("--fault missing-endpoint", ready: false);

        await dut.StartAsync(Configuration(server));
        var register = await server.ExpectRegisterAsync();

        Assert.That(register.Message.UriQuery.Where(q => q.StartsWith("ep=", StringComparison.Ordinal)), Is.Empty);
        Assert.That(register.Errors.Select(e => e.Field), Does.Contain("ep"));
        Assert.That(register.AutomaticAnswer?.Code, Is.EqualTo(CoapCode.BadRequest));
        await dut.WaitForOutputAsync(new Regex("^register failed: 4.00 Bad Request"), Prompt);
        await dut.StopAsync();
        Assert.That(dut.State.ExitCode, Is.Zero);
    }

    [Test]
    public async Task Reads_are_answered_from_the_device_objects()
    {
        await using var server = new FakeLwm2mServer(ServerSettings with { ExpectTimeout = StartDeadline });
        await using var dut = Adapter();
        await dut.StartAsync(Configuration(server));
        await server.ExpectRegisterAsync();

        var manufacturer = await server.SendReadAsync(Lwm2mPath.Parse("/3/0/0"), ContentFormat.TextPlain);

        Assert.That(manufacturer.Code, Is.EqualTo(CoapCode.Content));
        Assert.That(manufacturer.Payload.ToArray(), Is.EqualTo("Open Mobile Alliance"u8.ToArray()));
        await dut.StopAsync();
    }

    [Test]
    public async Task A_written_lifetime_is_announced_by_an_update_carrying_lt()
    {
        await using var server = new FakeLwm2mServer(ServerSettings with { ExpectTimeout = StartDeadline });
        await using var dut = Adapter();
        await dut.StartAsync(Configuration(server));
        await server.ExpectRegisterAsync();

        var written = await server.SendWriteAsync(WriteRequest.Replace(Lwm2mPath.Parse("/1/0/1"), "120"u8.ToArray(), ContentFormat.TextPlain));
        var update = await server.ExpectUpdateAsync();

        Assert.That(written.Code, Is.EqualTo(CoapCode.Changed));
        Assert.That(update.Message.UriQuery, Is.EqualTo(new[] { "lt=120" }));
        await dut.StopAsync();
    }

    [Test]
    public async Task A_bad_argument_ends_the_process_with_exit_code_2_and_says_why()
    {
        await using var server = new FakeLwm2mServer(ServerSettings);
        await using var dut = Adapter("--fault no-such-fault", ready: false);

        await dut.StartAsync(Configuration(server));
        var state = await dut.WaitForExitAsync(StartDeadline);

        Assert.That(state.ExitCode, Is.EqualTo(2));
        var errors = dut.Evidence.Entries.Where(e => e.Kind == DutEvidenceKind.StandardError).Select(e => e.Text);
        Assert.That(errors, Has.Some.StartsWith("error: unknown fault 'no-such-fault'; valid faults: missing-endpoint,"));
        Assert.That(server.Traffic, Is.Empty, "nothing was sent");
    }
}
