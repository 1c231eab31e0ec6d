using System.Text.RegularExpressions;
using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Messages;
using Harness.Runtime.Dut;
using Harness.Runtime.Peers;
using static Harness.Tests.ReferenceDevice.ReferenceDeviceProcess;

namespace Harness.Tests.ReferenceDevice;

/// <summary>The device process: Execute on the Server and Device objects, console commands, and the ways it is stopped.</summary>
public class ReferenceDeviceExecuteTests
{
    private static FakeLwm2mServerSettings ServerSettings => new()
    {
        ExpectTimeout = StartDeadline,
        ExpectedVersion = Lwm2mVersions.V11,
        AnswerPolicy = RegistrationAnswerPolicy.Automatic,
    };

    [Test]
    public async Task Execute_on_the_registration_update_trigger_sends_an_update()
    {
        await using var server = new FakeLwm2mServer(ServerSettings);
        await using var dut = Adapter();
        await dut.StartAsync(Configuration(server));
        await server.ExpectRegisterAsync();

        var executed = await server.SendExecuteAsync(Lwm2mPath.Parse("/1/0/8"));
        var update = await server.ExpectUpdateAsync();

        Assert.That(executed.Code, Is.EqualTo(CoapCode.Changed));
        Assert.That(update.Errors, Is.Empty);
        await dut.StopAsync();
    }

    [Test]
    public async Task Execute_reboot_deregisters_and_registers_again_and_disable_deregisters()
    {
        await using var server = new FakeLwm2mServer(ServerSettings);
        await using var dut = Adapter();
        await dut.StartAsync(Configuration(server));
        await server.ExpectRegisterAsync();

        Assert.That((await server.SendExecuteAsync(Lwm2mPath.Parse("/3/0/4"))).Code, Is.EqualTo(CoapCode.Changed));
        await server.ExpectDeregisterAsync();
        await server.ExpectRegisterAsync();
        Assert.That((await server.SendExecuteAsync(Lwm2mPath.Parse("/1/0/4"))).Code, Is.EqualTo(CoapCode.Changed));
        await server.ExpectDeregisterAsync();

        await dut.WaitForOutputAsync(new Regex("^disabled for 86400 s$"), Prompt);
        Assert.That(server.Registrations, Is.Empty);
        await dut.StopAsync();
        Assert.That(server.Traffic.Count(d => d.Direction == Harness.Runtime.Coap.CoapDatagramDirection.Received && d.Message?.Code == CoapCode.Delete), Is.EqualTo(2), "stopping while disabled sends no further De-register");
    }

    [Test]
    public async Task Set_changes_a_value_that_a_read_then_returns_and_unknown_lines_get_an_error()
    {
        await using var server = new FakeLwm2mServer(ServerSettings);
        await using var dut = Adapter();
        await dut.StartAsync(Configuration(server));
        await server.ExpectRegisterAsync();
        await dut.SendStimulusAsync(ConsoleLine, Line("set /3/0/15 Europe/Paris"));
        await dut.WaitForOutputAsync(new Regex("^set /3/0/15=Europe/Paris$"), Prompt);
        await dut.SendStimulusAsync(ConsoleLine, Line("fly away"));
        await dut.WaitForOutputAsync(new Regex("^error: unknown command 'fly away'"), Prompt);
        var read = await server.SendReadAsync(Lwm2mPath.Parse("/3/0/15"), ContentFormat.TextPlain);

        Assert.That(read.Payload.ToArray(), Is.EqualTo("Europe/Paris"u8.ToArray()));
        Assert.That(dut.State.Status, Is.EqualTo(DutRunStatus.Running), "a bad line is no reason to stop");
        await dut.StopAsync();
    }

    [Test]
    public async Task Sigterm_deregisters_and_exits_0()
    {
        await using var server = new FakeLwm2mServer(ServerSettings);
        await using var dut = new ProcessDutAdapter(new ProcessDutSettings
        {
            CommandTemplate = Command,
            ReadyPattern = ReadyPattern,
            ReadyDeadline = StartDeadline,
        });
        await dut.StartAsync(Configuration(server));
        await server.ExpectRegisterAsync();

        await dut.StopAsync();

        Assert.That((await server.ExpectDeregisterAsync()).Errors, Is.Empty);
        Assert.That(dut.State.ExitCode, Is.Zero);
        Assert.That(dut.State.Detail, Does.Contain("after SIGTERM"));
    }

    [Test]
    public async Task The_no_deregister_fault_exits_without_a_delete()
    {
        await using var server = new FakeLwm2mServer(ServerSettings);
        await using var dut = Adapter("--fault no-deregister");
        await dut.StartAsync(Configuration(server));
        await server.ExpectRegisterAsync();

        await dut.StopAsync();

        Assert.That(dut.State.ExitCode, Is.Zero);
        Assert.That(dut.Evidence.Entries.Select(e => e.Text), Has.Some.StartsWith("deregister skipped"));
        Assert.That(server.Registrations, Has.Count.EqualTo(1), "the server never heard the device leave");
    }

    private static Dictionary<string, string> Line(string text) => new(StringComparer.Ordinal) { ["line"] = text };
}
