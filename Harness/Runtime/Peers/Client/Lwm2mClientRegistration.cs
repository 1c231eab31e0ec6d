using System.Globalization;
using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m.Messages;
using Harness.Protocol.Lwm2m.Model;
using Harness.Runtime.Coap;

namespace Harness.Runtime.Peers.Client;

/// <summary>
/// The registration interface of the reference LwM2M client on a <see cref="CoapUdpEndpoint"/> it does not own:
/// Register, periodic and on-demand Update (carrying only what changed), registering again when an Update is
/// refused, De-register, Disable, and queue mode (asleep between awake windows, dropping what arrives).
/// Operations run one at a time; timers come from the endpoint's <see cref="TimeProvider"/>.
/// Switchable <see cref="RegistrationFaults"/> make it misbehave on purpose.
/// </summary>
public sealed partial class Lwm2mClientRegistration : IAsyncDisposable
{
    private readonly CoapUdpEndpoint endpoint;
    private readonly Func<VersionNumber, ObjectLinks> objectLinks;
    private readonly SemaphoreSlim operation = new(1, 1);
    private readonly CancellationTokenSource disposal = new();
    private readonly Lock gate = new();
    private readonly List<Task> background = [];
    private ClientRegistrationSettings settings;
    private IReadOnlyList<string>? location;
    private uint registeredLifetime;
    private string registeredBinding = BindingModes.Udp;
    private bool objectsChanged;
    private RegistrationState state = RegistrationState.Unregistered;

    /// <param name="endpoint">The client's CoAP endpoint; its request handler (device management) is left alone.</param>
    /// <param name="settings">Server, endpoint name, lifetime, version, binding, queue mode and faults.</param>
    /// <param name="objectLinks">The Objects and Object Instances payload for a version, read afresh for every Register and changed-objects Update.</param>
    public Lwm2mClientRegistration(CoapUdpEndpoint endpoint, ClientRegistrationSettings settings, Func<VersionNumber, ObjectLinks> objectLinks)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(objectLinks);
        if (settings.Lifetime == 0)
        {
            throw new ArgumentException("the lifetime must be at least 1 s", nameof(settings));
        }

        this.endpoint = endpoint;
        this.settings = settings;
        this.objectLinks = objectLinks;
    }

    /// <summary>Raised synchronously for everything the engine does; keep handlers short.</summary>
    public event EventHandler<RegistrationEvent>? EventRaised;

    public ClientRegistrationSettings Settings => Read(() => settings);

    public RegistrationState State => Read(() => state);

    /// <summary>The Location-Path of the current registration, null when not registered.</summary>
    public IReadOnlyList<string>? Location => Read(() => location);

    public string? LocationPath => Location is { } l ? "/" + string.Join('/', l) : null;

    private TimeProvider Time => endpoint.TimeProvider;

    /// <summary>Registers, trying again after a refusal or timeout up to <see cref="ClientRegistrationSettings.MaxRegisterAttempts"/> times in the background; true when this first attempt succeeded.</summary>
    public Task<bool> RegisterAsync(CancellationToken cancellationToken = default) =>
        LockedAsync(ct => RegisterCoreAsync(1, ct), cancellationToken);

    /// <summary>Sends an Update now with whatever changed since the last one (nothing: an empty Update).</summary>
    public Task<bool> UpdateAsync(CancellationToken cancellationToken = default) =>
        LockedAsync(UpdateCoreAsync, cancellationToken);

    /// <summary>Takes a new lifetime and, when registered, tells the server with an Update carrying <c>lt</c>.</summary>
    public Task<bool> ChangeLifetimeAsync(uint lifetime, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfZero(lifetime);
        Write(() => settings = settings with { Lifetime = lifetime });
        return UpdateIfRegisteredAsync(cancellationToken);
    }

    /// <summary>Takes a new binding and, when registered, tells the server with an Update carrying <c>b</c>.</summary>
    public Task<bool> ChangeBindingAsync(string binding, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(binding);
        Write(() => settings = settings with { Binding = binding });
        return UpdateIfRegisteredAsync(cancellationToken);
    }

    /// <summary>Notes that objects or instances were added or removed and, when registered, sends an Update with the new payload.</summary>
    public Task<bool> ObjectsChangedAsync(CancellationToken cancellationToken = default)
    {
        Write(() => objectsChanged = true);
        return UpdateIfRegisteredAsync(cancellationToken);
    }

    /// <summary>De-registers (DELETE on the location) and stays unregistered; nothing happens when not registered.</summary>
    public Task DeregisterAsync(CancellationToken cancellationToken = default) =>
        LockedAsync(DeregisterCoreAsync, cancellationToken);

    /// <summary>A fresh start: De-register when registered, then Register.</summary>
    public Task<bool> RebootAsync(CancellationToken cancellationToken = default) =>
        LockedAsync(
            async ct =>
            {
                await DeregisterCoreAsync(ct).ConfigureAwait(false);
                return await RegisterCoreAsync(1, ct).ConfigureAwait(false);
            },
            cancellationToken);

    /// <summary>Disable (object 1 resource 4): De-register, stay away for <paramref name="timeout"/>, then Register again.</summary>
    public Task DisableAsync(TimeSpan timeout, CancellationToken cancellationToken = default) =>
        LockedAsync(
            async ct =>
            {
                await DeregisterCoreAsync(ct).ConfigureAwait(false);
                Write(() => state = RegistrationState.Disabled);
                Raise(RegistrationEventKind.Disabled, string.Create(CultureInfo.InvariantCulture, $"disabled for {timeout.TotalSeconds:0.###} s"));
                ScheduleEnable(timeout);
            },
            cancellationToken);

    /// <summary>De-registers and stops for good: no timer fires afterwards.</summary>
    public Task StopAsync(CancellationToken cancellationToken = default) =>
        LockedAsync(
            async ct =>
            {
                await DeregisterCoreAsync(ct).ConfigureAwait(false);
                Write(() => state = RegistrationState.Stopped);
                CancelTimers();
            },
            cancellationToken);

    /// <summary>Stops every timer and background operation; sends nothing (use <see cref="StopAsync"/> to De-register).</summary>
    public async ValueTask DisposeAsync()
    {
        if (disposal.IsCancellationRequested)
        {
            return;
        }

        CancelTimers();
        await disposal.CancelAsync().ConfigureAwait(false);
        Task[] running;
        lock (gate)
        {
            running = [.. background];
        }

        await Task.WhenAll(running).ConfigureAwait(false);
        disposal.Dispose();
        operation.Dispose();
    }

    private async Task<bool> UpdateIfRegisteredAsync(CancellationToken cancellationToken) =>
        State == RegistrationState.Registered && await UpdateAsync(cancellationToken).ConfigureAwait(false);

    private async Task<T> LockedAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(disposal.IsCancellationRequested, this);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, disposal.Token);
        await operation.WaitAsync(linked.Token).ConfigureAwait(false);
        try
        {
            if (State == RegistrationState.Stopped)
            {
                throw new InvalidOperationException("the client registration was stopped");
            }

            return await work(linked.Token).ConfigureAwait(false);
        }
        finally
        {
            operation.Release();
        }
    }

    private Task<bool> LockedAsync(Func<CancellationToken, Task> work, CancellationToken cancellationToken) =>
        LockedAsync(
            async ct =>
            {
                await work(ct).ConfigureAwait(false);
                return true;
            },
            cancellationToken);

    private T Read<T>(Func<T> read)
    {
        lock (gate)
        {
            return read();
        }
    }

    private void Write(Action write)
    {
        lock (gate)
        {
            write();
        }
    }

    private void Raise(RegistrationEventKind kind, string text) => EventRaised?.Invoke(this, new RegistrationEvent(kind, text, Time.GetUtcNow()));
}
