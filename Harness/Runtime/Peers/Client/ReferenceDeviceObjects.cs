using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Model;
using Harness.Protocol.Lwm2m.Nodes;
using Harness.Protocol.Lwm2m.Values;

namespace Harness.Runtime.Peers.Client;

/// <summary>
/// The objects of the reference client: Security (0) for one server in NoSec mode, Server (1) and
/// Device (3) with the values OMA TestFest clients have long used for the ETS configuration C.3.
/// Executable resources are implemented with actions that only succeed; the owner replaces them
/// (<see cref="ClientObjectStore.SetExecuteAction"/>) to disable, update the registration or reboot.
/// </summary>
public static class ReferenceDeviceObjects
{
    /// <summary>Security Mode 3: NoSec (OMA TS Core §E.1).</summary>
    public const long NoSecMode = 3;

    /// <summary>Disable Timeout (/1/0/5) in seconds: the default of the Server object definition.</summary>
    public const long DisableTimeoutSeconds = 86_400;

    /// <summary>Default Minimum and Maximum Period (/1/0/2, /1/0/3) in seconds.</summary>
    public const long DefaultMinimumPeriodSeconds = 1;

    /// <inheritdoc cref="DefaultMinimumPeriodSeconds"/>
    public const long DefaultMaximumPeriodSeconds = 60;

    public const string Manufacturer = "Open Mobile Alliance";
    public const string ModelNumber = "Lightweight M2M Client";
    public const string SerialNumber = "345000123";
    public const string FirmwareVersion = "1.0";
    public const string Binding = "U";

    /// <summary>A store holding objects 0, 1 and 3 in the versions that go with <see cref="ReferenceDeviceSettings.Lwm2mVersion"/>.</summary>
    public static ClientObjectStore Create(ReferenceDeviceSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var store = new ClientObjectStore(settings.Model);
        foreach (var id in new[] { 0, 1, 3 })
        {
            store.AddObject(id, VersionFor(settings.Model, id, settings.Lwm2mVersion));
        }

        store.PutInstance(0, Security(settings));
        store.PutInstance(1, Server(settings));
        store.PutInstance(3, Device(settings));
        foreach (var executable in new[] { "/1/0/4", "/1/0/8", "/3/0/4", "/3/0/5", "/3/0/12" })
        {
            store.SetExecuteAction(Lwm2mPath.Parse(executable), Succeed);
        }

        if (store.DefinitionOf(1)!.TryGetResource(9, out _))
        {
            store.SetExecuteAction(Lwm2mPath.Parse("/1/0/9"), Succeed);
        }

        return store;
    }

    /// <summary>The object version named like the LwM2M version when the model has it, else the latest written for that LwM2M version.</summary>
    public static VersionNumber VersionFor(ObjectModelRegistry model, int objectId, VersionNumber lwm2mVersion)
    {
        ArgumentNullException.ThrowIfNull(model);
        return model.TryGet(objectId, lwm2mVersion, out var same) ? same.Version
            : model.TryGetLatest(objectId, lwm2mVersion, out var latest) ? latest.Version
            : model.GetLatest(objectId).Version;
    }

    private static Task<ClientOperationResult> Succeed(string? arguments, CancellationToken cancellationToken) =>
        Task.FromResult(ClientOperationResult.Success);

    private static Lwm2mObjectInstance Security(ReferenceDeviceSettings settings) => new(
        0,
        new Lwm2mSingleResource(0, Lwm2mValue.String(settings.ServerUri)),
        new Lwm2mSingleResource(1, Lwm2mValue.Boolean(false)),
        new Lwm2mSingleResource(2, Lwm2mValue.Integer(NoSecMode)),
        new Lwm2mSingleResource(3, Lwm2mValue.Opaque([])),
        new Lwm2mSingleResource(4, Lwm2mValue.Opaque([])),
        new Lwm2mSingleResource(5, Lwm2mValue.Opaque([])),
        new Lwm2mSingleResource(10, Lwm2mValue.Integer(settings.ShortServerId)));

    private static Lwm2mObjectInstance Server(ReferenceDeviceSettings settings) => new(
        0,
        new Lwm2mSingleResource(0, Lwm2mValue.Integer(settings.ShortServerId)),
        new Lwm2mSingleResource(1, Lwm2mValue.Integer(settings.LifetimeSeconds)),
        new Lwm2mSingleResource(2, Lwm2mValue.Integer(DefaultMinimumPeriodSeconds)),
        new Lwm2mSingleResource(3, Lwm2mValue.Integer(DefaultMaximumPeriodSeconds)),
        new Lwm2mSingleResource(5, Lwm2mValue.Integer(DisableTimeoutSeconds)),
        new Lwm2mSingleResource(6, Lwm2mValue.Boolean(true)),
        new Lwm2mSingleResource(7, Lwm2mValue.String(Binding)));

    private static Lwm2mObjectInstance Device(ReferenceDeviceSettings settings) => new(
        0,
        new Lwm2mSingleResource(0, Lwm2mValue.String(Manufacturer)),
        new Lwm2mSingleResource(1, Lwm2mValue.String(ModelNumber)),
        new Lwm2mSingleResource(2, Lwm2mValue.String(SerialNumber)),
        new Lwm2mSingleResource(3, Lwm2mValue.String(FirmwareVersion)),
        Lwm2mMultipleResource.FromValues(6, Lwm2mValue.Integer(1), Lwm2mValue.Integer(5)),
        Lwm2mMultipleResource.FromValues(7, Lwm2mValue.Integer(3800), Lwm2mValue.Integer(5000)),
        Lwm2mMultipleResource.FromValues(8, Lwm2mValue.Integer(125), Lwm2mValue.Integer(900)),
        new Lwm2mSingleResource(9, Lwm2mValue.Integer(100)),
        new Lwm2mSingleResource(10, Lwm2mValue.Integer(15)),
        Lwm2mMultipleResource.FromValues(11, Lwm2mValue.Integer(0)),
        new Lwm2mSingleResource(13, Lwm2mValue.Time(settings.TimeProvider.GetUtcNow().ToUnixTimeSeconds())),
        new Lwm2mSingleResource(14, Lwm2mValue.String("+01:00")),
        new Lwm2mSingleResource(15, Lwm2mValue.String("Europe/Berlin")),
        new Lwm2mSingleResource(16, Lwm2mValue.String(Binding)));
}
