using System.Globalization;

namespace Harness.Tests.Cli;

/// <summary>
/// A test plan written the way a vendor writes one for their own client: the reference device stands in for
/// the vendor's client, named by the absolute path of its built dll (no {harnessBin}), with its own endpoint
/// name, stimuli, ICS and IXIT with short timers.
/// </summary>
internal static class VendorPlan
{
    /// <param name="extraArguments">Words appended to the command, e.g. a fault of the device.</param>
    /// <param name="launcher">A program the command is handed to (it runs "$@"), or null to start dotnet directly.</param>
    public static string Text(string extraArguments = "", string? launcher = null)
    {
        string device = Path.Combine(AppContext.BaseDirectory, "ReferenceDevice.dll");
        string start = launcher is null ? string.Empty : $"\"{launcher}\" ";
        string command = string.Create(CultureInfo.InvariantCulture,
            $"{start}dotnet \"{device}\" --server {{serverUri}} --endpoint {{endpoint}} --lifetime {{lifetime}} --binding {{binding}} --ack-timeout-ms {{ackTimeoutMs}} {extraArguments}").TrimEnd();
        return $$"""
            dut:
              role: client
              lwm2mVersion: "1.1"
              endpoint: urn:dev:acme-sensor-4711
              adapter:
                kind: process
                command: '{{command.Replace("'", "''", StringComparison.Ordinal)}}'
                queueModeArguments: --queue-mode --awake-ms {awakeMs}
                quitLine: quit
                startTimeoutSeconds: 15
                stopTimeoutSeconds: 5
                stimuli:
                  registrationUpdate: update
                  deregister: deregister
                  reboot: reboot
                environment:
                  DOTNET_NOLOGO: "1"
            ics:
              objects:
                - { id: 0, version: "1.1" }
                - { id: 1, version: "1.1" }
                - { id: 3, version: "1.1" }
              contentFormats: [plainText, opaque, coreLinkFormat, tlv, senmlJson, senmlCbor]
              bindings: [udp]
              securityModes: [noSec]
              features: [queueMode]
            ixit:
              serverAddress: 127.0.0.1
              serverPort: 0
              bootstrapServerPort: 0
              lifetimeSeconds: 30
              transmission:
                ackTimeoutSeconds: 0.5
                ackRandomFactor: 1.5
                maxRetransmit: 1
                nstart: 1
              tolerances:
                timingMilliseconds: 250
                timingPercent: 5
              ets:
                shortLifetimeSeconds: 5
                initialLifetimeSeconds: 5
                extendedLifetimeSeconds: 8
                queueModeLifetimeSeconds: 10
            selection:
              include:
                interfaces: [Registration, DeviceManagement]
            """;
    }
}
