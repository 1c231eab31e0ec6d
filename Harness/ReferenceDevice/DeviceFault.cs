using Harness.Runtime.Peers.Client;

namespace Harness.ReferenceDevice;

/// <summary>A fault the device can be started with (<c>--fault NAME</c>): its kebab-case name, what it breaks, and how.</summary>
internal sealed record DeviceFault(string Name, string Effect, RegistrationFaults Registration = RegistrationFaults.None, DeviceManagementFaults Management = DeviceManagementFaults.None)
{
    public static IReadOnlyList<DeviceFault> All { get; } =
    [
        new("missing-endpoint", "Register without ep=", RegistrationFaults.MissingEndpoint),
        new("wrong-endpoint", "Register with an ep= other than --endpoint", RegistrationFaults.WrongEndpoint),
        new("missing-version", "Register without lwm2m=", RegistrationFaults.MissingVersion),
        new("malformed-links", "Register payload whose first link lacks its '>'", RegistrationFaults.MalformedLinks),
        new("late-update", "periodic Updates only after the lifetime has expired", RegistrationFaults.LateUpdate),
        new("no-deregister", "stop, reboot and disable without De-register", RegistrationFaults.NoDeregister),
        new("ignore-not-found", "keep updating after a 4.04 to Update instead of registering again", RegistrationFaults.IgnoreNotFound),
        new("wrong-update-location", "Updates to /rd/{endpoint} instead of the returned location", RegistrationFaults.WrongUpdateLocation),
        new("wrong-lifetime", "Register with an lt= one second longer than --lifetime", RegistrationFaults.WrongLifetime),
        new("lists-security-object", "Register and Update payloads list </0/0>", RegistrationFaults.ListsSecurityObject),
        new("no-queue-flag", "in queue mode, Register without Q (1.1) or with b=U (1.0), still sleeping as queue mode", RegistrationFaults.NoQueueFlag),
        new("wrong-read-content-format", "Reads ignore Accept and always answer TLV", Management: DeviceManagementFaults.WrongReadContentFormat),
        new("no-notifications", "Observe is accepted but no notification follows", Management: DeviceManagementFaults.NoNotifications),
        new("replace-as-partial-update", "a Write (replace) of an instance keeps resources it did not give", Management: DeviceManagementFaults.ReplaceAsPartialUpdate),
        new("incomplete-device-instance", "a Read of /3/0 leaves out resource 16 (Supported Binding and Modes)", Management: DeviceManagementFaults.IncompleteDeviceInstance),
    ];

    public static DeviceFault? Find(string name) => All.FirstOrDefault(f => f.Name == name);

    public static string Names => string.Join(", ", All.Select(f => f.Name));
}
