using System.Net;
using Harness.Protocol.Lwm2m;
using Harness.ReferenceDevice;
using Harness.Runtime.Peers.Client;

namespace Harness.Tests.ReferenceDevice;

public class DeviceOptionsParserTests
{
    private static readonly string[] Required = ["--server", "coap://127.0.0.1:5690", "--endpoint", "dev-1", "--lifetime", "30"];

    [Test]
    public void The_required_arguments_give_a_1_1_udp_client_without_faults()
    {
        var (options, error) = DeviceOptionsParser.Parse(Required);

        Assert.That(error, Is.Null);
        Assert.That(options!.Server, Is.EqualTo(new IPEndPoint(IPAddress.Loopback, 5690)));
        Assert.That((options.Endpoint, options.Lifetime, options.Version, options.Binding), Is.EqualTo(("dev-1", 30u, Lwm2mVersions.V11, "U")));
        Assert.That(options.QueueMode, Is.False);
        Assert.That(options.Faults, Is.Empty);
        Assert.That(options.Port, Is.Zero);
    }

    [Test]
    public void Every_option_is_read()
    {
        var (options, error) = DeviceOptionsParser.Parse([.. Required,
            "--lwm2m-version", "1.0", "--binding", "US", "--queue-mode", "--awake-ms", "1500", "--ack-timeout-ms", "300",
            "--fault", "late-update", "--fault", "wrong-read-content-format", "--port", "5699"]);

        Assert.That(error, Is.Null);
        Assert.That(options!.Version, Is.EqualTo(Lwm2mVersions.V10));
        Assert.That(options.Binding, Is.EqualTo("US"));
        Assert.That(options.QueueMode, Is.True);
        Assert.That(options.AwakeWindow, Is.EqualTo(TimeSpan.FromMilliseconds(1500)));
        Assert.That(options.AckTimeout, Is.EqualTo(TimeSpan.FromMilliseconds(300)));
        Assert.That(options.Faults.Select(f => f.Name), Is.EqualTo(new[] { "late-update", "wrong-read-content-format" }));
        Assert.That(options.Faults[0].Registration, Is.EqualTo(RegistrationFaults.LateUpdate));
        Assert.That(options.Faults[1].Management, Is.EqualTo(DeviceManagementFaults.WrongReadContentFormat));
        Assert.That(options.Port, Is.EqualTo(5699));
    }

    [Test]
    public void The_server_may_be_localhost_or_ipv6_and_defaults_to_port_5683()
    {
        Assert.That(DeviceOptionsParser.Parse(["--server", "coap://localhost", "--endpoint", "e", "--lifetime", "5"]).Options!.Server, Is.EqualTo(new IPEndPoint(IPAddress.Loopback, 5683)));
        Assert.That(DeviceOptionsParser.Parse(["--server", "coap://[::1]:6000", "--endpoint", "e", "--lifetime", "5"]).Options!.Server, Is.EqualTo(new IPEndPoint(IPAddress.IPv6Loopback, 6000)));
    }

    [TestCase(new[] { "--endpoint", "e", "--lifetime", "5" }, "--server is required")]
    [TestCase(new[] { "--server", "coaps://127.0.0.1", "--endpoint", "e", "--lifetime", "5" }, "is not a coap:// URI")]
    [TestCase(new[] { "--server", "coap://127.0.0.1", "--endpoint", "a&b", "--lifetime", "5" }, "--endpoint 'a&b' must be")]
    [TestCase(new[] { "--server", "coap://127.0.0.1", "--endpoint", "e", "--lifetime", "0" }, "--lifetime '0'")]
    [TestCase(new[] { "--server", "coap://127.0.0.1", "--endpoint", "e", "--lifetime", "5", "--lwm2m-version", "2.0" }, "not one of 1.0, 1.1, 1.2")]
    [TestCase(new[] { "--server", "coap://127.0.0.1", "--endpoint", "e", "--lifetime", "5", "--binding", "UQ" }, "holds Q")]
    [TestCase(new[] { "--server", "coap://127.0.0.1", "--endpoint", "e", "--lifetime", "5", "--binding", "T" }, "must include U")]
    [TestCase(new[] { "--server", "coap://127.0.0.1", "--endpoint", "e", "--lifetime", "5", "--fault", "slow" }, "unknown fault 'slow'; valid faults: missing-endpoint, wrong-endpoint, missing-version, malformed-links, late-update, no-deregister, ignore-not-found, wrong-update-location, wrong-lifetime, lists-security-object, no-queue-flag, wrong-read-content-format, no-notifications, replace-as-partial-update, incomplete-device-instance")]
    [TestCase(new[] { "--server", "coap://127.0.0.1", "--endpoint", "e", "--lifetime", "5", "--port" }, "--port needs a value")]
    [TestCase(new[] { "--server", "coap://127.0.0.1", "--endpoint", "e", "--lifetime", "5", "--lifetime", "6" }, "--lifetime is given twice")]
    [TestCase(new[] { "--server", "coap://127.0.0.1", "--endpoint", "e", "--lifetime", "5", "--verbose" }, "unknown argument '--verbose'")]
    public void A_bad_command_line_is_refused_with_a_message_that_says_what_is_wrong(string[] args, string message)
    {
        var (options, error) = DeviceOptionsParser.Parse(args);

        Assert.That(options, Is.Null);
        Assert.That(error, Does.Contain(message));
    }

    [Test]
    public void The_usage_lists_every_fault_with_its_effect()
    {
        string usage = DeviceOptionsParser.FullUsage();

        Assert.That(DeviceFault.All.Select(f => f.Name), Is.All.Matches<string>(name => usage.Contains($"  {name} ", StringComparison.Ordinal)));
        Assert.That(DeviceFault.All.Select(f => f.Name), Is.Unique);
    }
}
