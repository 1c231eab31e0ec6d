using System.Globalization;
using System.Net;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Messages;
using Harness.Protocol.Lwm2m.Model;

namespace Harness.ReferenceDevice;

/// <summary>Reads the command line into <see cref="DeviceOptions"/>; every mistake becomes one clear message.</summary>
internal static class DeviceOptionsParser
{
    public const int DefaultCoapPort = 5683;

    public const string Usage = """
        usage: ReferenceDevice --server URI --endpoint NAME --lifetime SECONDS [options]

        An LwM2M client over CoAP/UDP (no security) that registers with the server and keeps its
        registration up to date. It prints one line per event on standard output and reads commands
        on standard input: update, deregister, reboot, set PATH VALUE, quit.

          --server URI            the LwM2M Server, e.g. coap://127.0.0.1:5683 (IP address or localhost)
          --endpoint NAME         the Endpoint Client Name (ep)
          --lifetime SECONDS      the registration lifetime (lt), at least 1
          --lwm2m-version V       1.0, 1.1 (default) or 1.2
          --binding B             the binding (b), default U
          --queue-mode            register in queue mode and sleep between awake windows
          --awake-ms N            queue-mode awake window after each uplink (default MAX_TRANSMIT_WAIT)
          --ack-timeout-ms N      CoAP ACK_TIMEOUT (default 2000)
          --fault NAME            misbehave on purpose; repeatable; see below
          --port N                the device's own UDP port (default: any free port)
          --help                  this text

        faults:
        """;

    /// <summary>The options, or the message that says what is wrong (exit code 2).</summary>
    public static (DeviceOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var faults = new List<DeviceFault>();
        bool queueMode = false;
        for (int i = 0; i < args.Count; i++)
        {
            string name = args[i];
            if (name == "--queue-mode")
            {
                queueMode = true;
                continue;
            }

            if (name is not ("--server" or "--endpoint" or "--lifetime" or "--lwm2m-version" or "--binding" or "--awake-ms" or "--ack-timeout-ms" or "--fault" or "--port"))
            {
                return Fail($"unknown argument '{name}'");
            }

            if (i + 1 >= args.Count)
            {
                return Fail($"{name} needs a value");
            }

            string value = args[++i];
            if (name == "--fault")
            {
                if (DeviceFault.Find(value) is not { } fault)
                {
                    return Fail($"unknown fault '{value}'; valid faults: {DeviceFault.Names}");
                }

                faults.Add(fault);
            }
            else if (!values.TryAdd(name, value))
            {
                return Fail($"{name} is given twice");
            }
        }

        return Build(values, faults, queueMode);
    }

    public static string FullUsage() => Usage + Environment.NewLine + string.Join(Environment.NewLine, DeviceFault.All.Select(f => $"  {f.Name,-28}{f.Effect}")) + Environment.NewLine;

    private static (DeviceOptions?, string?) Build(Dictionary<string, string> values, List<DeviceFault> faults, bool queueMode)
    {
        foreach (string required in new[] { "--server", "--endpoint", "--lifetime" })
        {
            if (!values.ContainsKey(required))
            {
                return Fail($"{required} is required");
            }
        }

        if (ParseServer(values["--server"]) is not { } server)
        {
            return Fail($"--server '{values["--server"]}' is not a coap:// URI with an IP address or localhost");
        }

        string endpoint = values["--endpoint"];
        if (endpoint.Length == 0 || endpoint.Any(c => c is '&' or '=' || char.IsControl(c) || char.IsWhiteSpace(c)))
        {
            return Fail($"--endpoint '{endpoint}' must be non-empty, without spaces, '&' or '='");
        }

        if (!uint.TryParse(values["--lifetime"], NumberStyles.None, CultureInfo.InvariantCulture, out uint lifetime) || lifetime == 0)
        {
            return Fail($"--lifetime '{values["--lifetime"]}' is not a whole number of seconds of at least 1");
        }

        var version = Lwm2mVersions.V11;
        if (values.TryGetValue("--lwm2m-version", out string? versionText)
            && (!VersionNumber.TryParse(versionText, out version) || !Lwm2mVersions.All.Contains(version)))
        {
            return Fail($"--lwm2m-version '{versionText}' is not one of 1.0, 1.1, 1.2");
        }

        string binding = values.GetValueOrDefault("--binding", BindingModes.Udp);
        if (BindingModes.Check(binding, version) is { } why)
        {
            return Fail($"--binding '{binding}': {why}");
        }

        if (!binding.Contains('U', StringComparison.Ordinal))
        {
            return Fail($"--binding '{binding}': this device only speaks UDP, so the binding must include U");
        }

        if (version <= Lwm2mVersions.V10 && binding.Contains('Q', StringComparison.Ordinal))
        {
            return Fail($"--binding '{binding}': give --queue-mode instead of Q; the device sends b=UQ itself in 1.0");
        }

        if (!TryMilliseconds(values, "--awake-ms", out var awake) || !TryMilliseconds(values, "--ack-timeout-ms", out var ack))
        {
            return Fail("--awake-ms and --ack-timeout-ms take a whole number of milliseconds of at least 1");
        }

        int port = 0;
        if (values.TryGetValue("--port", out string? portText) && (!int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out port) || port > IPEndPoint.MaxPort))
        {
            return Fail($"--port '{portText}' is not a port number 0..{IPEndPoint.MaxPort}");
        }

        return (new DeviceOptions
        {
            Server = server,
            Endpoint = endpoint,
            Lifetime = lifetime,
            Version = version,
            Binding = binding,
            QueueMode = queueMode,
            AwakeWindow = awake,
            AckTimeout = ack,
            Faults = faults.Distinct().ToList(),
            Port = port,
        }, null);
    }

    private static IPEndPoint? ParseServer(string text)
    {
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme != "coap" || uri.AbsolutePath is not ("/" or "") || uri.Query.Length > 0)
        {
            return null;
        }

        var address = uri.IsLoopback && uri.HostNameType == UriHostNameType.Dns ? IPAddress.Loopback
            : IPAddress.TryParse(uri.Host.Trim('[', ']'), out var parsed) ? parsed
            : null;
        return address is null ? null : new IPEndPoint(address, uri.IsDefaultPort || uri.Port < 0 ? DefaultCoapPort : uri.Port);
    }

    private static bool TryMilliseconds(Dictionary<string, string> values, string name, out TimeSpan? span)
    {
        span = null;
        if (!values.TryGetValue(name, out string? text))
        {
            return true;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int ms) || ms < 1)
        {
            return false;
        }

        span = TimeSpan.FromMilliseconds(ms);
        return true;
    }

    private static (DeviceOptions?, string?) Fail(string message) => (null, message);
}
