using System.Globalization;
using System.Text;
using Harness.Protocol.Coap;
using Harness.Runtime.Coap;

namespace Harness.Runtime.Peers.Client;

/// <summary>The three registration exchanges; each runs while the caller holds the operation lock.</summary>
public sealed partial class Lwm2mClientRegistration
{
    private async Task<bool> RegisterCoreAsync(int attempt, CancellationToken cancellationToken)
    {
        CancelTimers();
        var current = Settings;
        var request = RegistrationMessages.Register(current, objectLinks(current.Version));
        Raise(RegistrationEventKind.RegisterSent, $"register sent {string.Join('&', request.UriQuery)}");
        var (response, outcome) = await ExchangeAsync(request, cancellationToken).ConfigureAwait(false);
        if (response is { Code: var code } && code == CoapCode.Created && response.LocationPathSegments.Count > 0)
        {
            Write(() =>
            {
                location = [.. response.LocationPathSegments];
                registeredLifetime = current.Lifetime;
                registeredBinding = current.Binding;
                objectsChanged = false;
                state = RegistrationState.Registered;
            });
            Raise(RegistrationEventKind.Registered, $"registered location={LocationPath}");
            ScheduleUpdate(current.Lifetime);
            return true;
        }

        if (response is not null && response.Code == CoapCode.Created)
        {
            outcome += " without a Location-Path";
        }

        Write(() =>
        {
            location = null;
            state = RegistrationState.Unregistered;
        });
        if (attempt < current.MaxRegisterAttempts)
        {
            var delay = current.RegisterRetryDelay ?? endpoint.Settings.AckTimeout;
            Raise(RegistrationEventKind.RegisterFailed, $"register failed: {outcome}; attempt {attempt} of {current.MaxRegisterAttempts}, next in {Seconds(delay)}");
            ScheduleRegisterRetry(attempt + 1, delay);
        }
        else
        {
            Raise(RegistrationEventKind.RegisterFailed, $"register failed: {outcome}; giving up after {attempt} attempts");
        }

        return false;
    }

    private async Task<bool> UpdateCoreAsync(CancellationToken cancellationToken)
    {
        var current = Settings;
        var (at, lifetime, binding, sendObjects) = Read(() => (
            location,
            current.Lifetime != registeredLifetime ? current.Lifetime : (uint?)null,
            current.Binding != registeredBinding ? current.Binding : null,
            objectsChanged));
        if (at is null || State != RegistrationState.Registered)
        {
            Raise(RegistrationEventKind.UpdateFailed, "update not sent: not registered");
            return false;
        }

        CancelUpdateTimer();
        var links = sendObjects ? objectLinks(current.Version) : null;
        var request = RegistrationMessages.Update(current, at, lifetime, binding, links);
        Raise(RegistrationEventKind.UpdateSent, $"update sent location={request.UriPath}{Describe(request)}");
        var (response, outcome) = await ExchangeAsync(request, cancellationToken).ConfigureAwait(false);
        if (response is not null && response.Code == CoapCode.Changed)
        {
            Write(() =>
            {
                registeredLifetime = current.Lifetime;
                registeredBinding = current.Binding;
                objectsChanged &= links is null;
            });
            Raise(RegistrationEventKind.Updated, "updated");
            ScheduleUpdate(current.Lifetime);
            return true;
        }

        if (response is not null && response.Code == CoapCode.NotFound && current.Has(RegistrationFaults.IgnoreNotFound))
        {
            Raise(RegistrationEventKind.UpdateFailed, $"update failed: {outcome}; keeping the registration (fault ignore-not-found)");
            ScheduleUpdate(current.Lifetime);
            return false;
        }

        Raise(RegistrationEventKind.UpdateFailed, $"update failed: {outcome}; registering again");
        Write(() =>
        {
            location = null;
            state = RegistrationState.Unregistered;
        });
        await RegisterCoreAsync(1, cancellationToken).ConfigureAwait(false);
        return false;
    }

    private async Task DeregisterCoreAsync(CancellationToken cancellationToken)
    {
        CancelTimers();
        var at = Location;
        if (at is null || State != RegistrationState.Registered)
        {
            return;
        }

        Write(() =>
        {
            location = null;
            state = RegistrationState.Unregistered;
        });
        string path = "/" + string.Join('/', at);
        if (Settings.Has(RegistrationFaults.NoDeregister))
        {
            Raise(RegistrationEventKind.DeregisterSkipped, $"deregister skipped location={path} (fault no-deregister)");
            return;
        }

        var (response, outcome) = await ExchangeAsync(RegistrationMessages.Deregister(at), cancellationToken).ConfigureAwait(false);
        if (response is not null && response.Code == CoapCode.Deleted)
        {
            Raise(RegistrationEventKind.Deregistered, $"deregistered location={path}");
        }
        else
        {
            Raise(RegistrationEventKind.DeregisterFailed, $"deregister failed location={path}: {outcome}");
        }
    }

    /// <summary>One CON exchange with the server, awake throughout; a timeout or RST is an outcome, not an exception.</summary>
    private async Task<(CoapMessage? Response, string Outcome)> ExchangeAsync(CoapMessage request, CancellationToken cancellationToken)
    {
        BeginUplink();
        try
        {
            var response = await endpoint.SendRequestAsync(request, Settings.Server, null, cancellationToken).ConfigureAwait(false);
            return (response, response.Code.Describe());
        }
        catch (CoapTimeoutException e)
        {
            return (null, e.Message);
        }
        catch (CoapResetException e)
        {
            return (null, e.Message);
        }
        finally
        {
            EndUplink();
        }
    }

    private static string Describe(CoapMessage update)
    {
        var text = new StringBuilder();
        foreach (string query in update.UriQuery)
        {
            text.Append(' ').Append(query);
        }

        return update.Payload.IsEmpty ? text.ToString() : text.Append(" objects=").Append(Encoding.UTF8.GetString(update.Payload.Span)).ToString();
    }

    private static string Seconds(TimeSpan span) => string.Create(CultureInfo.InvariantCulture, $"{span.TotalSeconds:0.###} s");
}
