using System.Globalization;
using System.Text;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Content;
using Harness.Protocol.Lwm2m.Content.Text;
using Harness.Protocol.Lwm2m.Nodes;
using Harness.Protocol.Lwm2m.Values;
using Harness.Runtime.Peers.Client;

namespace Harness.ReferenceDevice;

/// <summary>
/// Ties the object store to the registration engine: the Server object's Lifetime (/1/0/1) and Binding (/1/0/7)
/// and the set of object instances are what the registration carries, so changing them sends an Update;
/// Execute on /1/0/8 (Registration Update Trigger) updates, /1/0/4 (Disable) disables for /1/0/5 seconds,
/// /3/0/4 (Reboot) de-registers and registers afresh. Operations start after the Execute is answered.
/// </summary>
internal sealed class DeviceObjectsBinding
{
    private static readonly Lwm2mPath Lifetime = Lwm2mPath.Parse("/1/0/1");
    private static readonly Lwm2mPath DisableTimeout = Lwm2mPath.Parse("/1/0/5");
    private static readonly Lwm2mPath Binding = Lwm2mPath.Parse("/1/0/7");

    private readonly ClientObjectStore store;
    private readonly Lwm2mClientRegistration registration;
    private readonly Action<string> print;
    private readonly Lock gate = new();
    private readonly List<Task> running = [];
    private string registeredLinks;

    public DeviceObjectsBinding(ClientObjectStore store, Lwm2mClientRegistration registration, Action<string> print)
    {
        this.store = store;
        this.registration = registration;
        this.print = print;
        registeredLinks = Links();
        store.SetExecuteAction(Lwm2mPath.Parse("/1/0/8"), (_, _) => Start("registration update trigger", registration.UpdateAsync));
        store.SetExecuteAction(Lwm2mPath.Parse("/1/0/4"), (_, _) => Start("disable", ct => registration.DisableAsync(DisableTimeoutValue(), ct)));
        store.SetExecuteAction(Lwm2mPath.Parse("/3/0/4"), (_, _) => Start("reboot", registration.RebootAsync));
        store.NodeChanged += (_, e) => Reconcile(e.Path);
    }

    /// <summary>The console's <c>set PATH VALUE</c>: the value is read as plain text of the resource's type.</summary>
    public string? Set(string pathText, string valueText)
    {
        if (!Lwm2mPath.TryParse(pathText, out var path, out _) || !(path.IsResource || path.IsResourceInstance))
        {
            return $"'{pathText}' is not a resource path like /3/0/13";
        }

        var decoded = PlainTextCodec.Instance.Decode(Encoding.UTF8.GetBytes(valueText), Lwm2mCodecContext.For(path, registration.Settings.Version));
        var value = decoded.IsValid ? decoded.Content!.SingleNode switch
        {
            Lwm2mSingleResource single => single.Value,
            Lwm2mResourceInstance instance => instance.Value,
            _ => null,
        } : null;
        if (value is null)
        {
            return $"'{valueText}' is not a value for {path}: {string.Join("; ", decoded.Errors.Select(e => e.Message))}";
        }

        try
        {
            store.SetValue(path, value);
            return null;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException)
        {
            return e.Message;
        }
    }

    /// <summary>Waits for operations started by Execute or by changed values.</summary>
    public Task DrainAsync()
    {
        lock (gate)
        {
            return Task.WhenAll(running);
        }
    }

    private void Reconcile(Lwm2mPath changed)
    {
        if (Covers(changed, Lifetime) && store.GetValue(Lifetime) is IntegerValue { Value: > 0 and <= uint.MaxValue } lifetime
            && (uint)lifetime.Value != registration.Settings.Lifetime)
        {
            _ = Start("lifetime change", ct => registration.ChangeLifetimeAsync((uint)lifetime.Value, ct));
        }

        if (Covers(changed, Binding) && store.GetValue(Binding) is StringValue { Value.Length: > 0 } binding && binding.Value != registration.Settings.Binding)
        {
            _ = Start("binding change", ct => registration.ChangeBindingAsync(binding.Value, ct));
        }

        if (changed.Length <= 2)
        {
            string links = Links();
            bool differ;
            lock (gate)
            {
                differ = links != registeredLinks;
                registeredLinks = links;
            }

            if (differ)
            {
                _ = Start("objects change", registration.ObjectsChangedAsync);
            }
        }
    }

    private static bool Covers(Lwm2mPath changed, Lwm2mPath resource) => changed == resource || changed.IsAncestorOf(resource);

    private string Links() => store.RegistrationLinks(registration.Settings.Version).ToString();

    private TimeSpan DisableTimeoutValue() =>
        TimeSpan.FromSeconds(store.GetValue(DisableTimeout) is IntegerValue { Value: >= 0 } seconds ? seconds.Value : ReferenceDeviceObjects.DisableTimeoutSeconds);

    /// <summary>Starts an engine operation without waiting for it, so the request that caused it is answered first.</summary>
    private Task<ClientOperationResult> Start(string what, Func<CancellationToken, Task> operation)
    {
        var task = RunAsync(what, operation);
        lock (gate)
        {
            running.RemoveAll(t => t.IsCompleted);
            running.Add(task);
        }

        return Task.FromResult(ClientOperationResult.Success);
    }

    private async Task RunAsync(string what, Func<CancellationToken, Task> operation)
    {
        await Task.Yield();
        try
        {
            await operation(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is InvalidOperationException or ObjectDisposedException or OperationCanceledException)
        {
            print(string.Create(CultureInfo.InvariantCulture, $"error: {what}: {e.Message}"));
        }
    }
}
