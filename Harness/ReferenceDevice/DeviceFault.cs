using Harness.Runtime.Peers.Client;

namespace Harness.ReferenceDevice;

/// <summary>A fault the device can be started with (<c>--fault NAME</c>): its kebab-case name, what it breaks, and how.</summary>
internal sealed record DeviceFault(string Name, string Effect, RegistrationFaults Registration = RegistrationFaults.None, bool WrongReadContentFormat = false)
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
        new("wrong-read-content-format", "Read answers carry a Content-Format other than their payload's", WrongReadContentFormat: true),
    ];

    public static DeviceFault? Find(string name) => All.FirstOrDefault(f => f.Name == name);

    public static string Names => string.Join(", ", All.Select(f => f.Name));
}
