namespace Harness.Runtime.Peers.Client;

/// <summary>
/// Deliberate deviations of the reference client's registration behaviour, each one a mistake real clients
/// make, so the suite can prove that its test cases catch them. None is set in a conforming client.
/// </summary>
[Flags]
public enum RegistrationFaults
{
    None = 0,

    /// <summary>Register without the <c>ep</c> parameter.</summary>
    MissingEndpoint = 1 << 0,

    /// <summary>Register with an endpoint name other than the configured one.</summary>
    WrongEndpoint = 1 << 1,

    /// <summary>Register without the <c>lwm2m</c> parameter.</summary>
    MissingVersion = 1 << 2,

    /// <summary>Register with a link-format payload whose first link lacks its closing <c>&gt;</c>.</summary>
    MalformedLinks = 1 << 3,

    /// <summary>Periodic Updates go out only after the registration lifetime has expired.</summary>
    LateUpdate = 1 << 4,

    /// <summary>Stopping, rebooting or disabling drops the registration without a De-register.</summary>
    NoDeregister = 1 << 5,

    /// <summary>A 4.04 answer to an Update is ignored: the client keeps updating the dead location instead of registering again.</summary>
    IgnoreNotFound = 1 << 6,

    /// <summary>Updates go to /rd/{endpoint} instead of the location the server returned.</summary>
    WrongUpdateLocation = 1 << 7,

    /// <summary>Register with an <c>lt</c> one second longer than the configured lifetime.</summary>
    WrongLifetime = 1 << 8,

    /// <summary>Register and Update payloads list the Security object instance <c>&lt;/0/0&gt;</c>, which OMA TS Core §6.2.1 keeps out.</summary>
    ListsSecurityObject = 1 << 9,

    /// <summary>In queue mode the Register leaves out the queue-mode indication (1.1: no <c>Q</c>; 1.0: <c>b=U</c>), while the client still sleeps as queue mode.</summary>
    NoQueueFlag = 1 << 10,
}
