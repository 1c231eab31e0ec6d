using System.Globalization;
using System.Text;
using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Messages;
using Harness.Runtime.Peers;

namespace Harness.Testing.Cases;

/// <summary>Operations on the registered DUT that several ETS cases share.</summary>
public abstract partial class RegisteredDutTestCase
{
    /// <summary>Resource <paramref name="resourceId"/> of the DUT's LwM2M Server object instance (the first /1 instance it registered, else /1/0).</summary>
    protected Lwm2mPath ServerObjectResource(int resourceId)
    {
        var instances = Registration.ObjectLinks.InstancesOf(1);
        return new Lwm2mPath(1, instances.Count > 0 ? instances[0] : 0, resourceId);
    }

    /// <summary>Writes (replace) <paramref name="value"/> to a resource as text/plain.</summary>
    protected Task<Lwm2mResponse> WriteTextAsync(Lwm2mPath path, string value) =>
        Server.SendWriteAsync(WriteRequest.Replace(path, Encoding.UTF8.GetBytes(value), ContentFormat.TextPlain), Registration);

    /// <summary>Writes a lifetime in seconds to /1/x/1.</summary>
    protected Task<Lwm2mResponse> WriteLifetimeAsync(TimeSpan lifetime) =>
        WriteTextAsync(ServerObjectResource(1), ((long)lifetime.TotalSeconds).ToString(CultureInfo.InvariantCulture));

    /// <summary>Expects an Update within <paramref name="within"/> (default: one exchange).</summary>
    protected Task<IncomingLwm2mRequest<UpdateRequest>> ExpectUpdateAsync(TimeSpan? within = null) =>
        Server.ExpectUpdateAsync(timeout: within ?? Timings.Exchange);

    /// <summary>
    /// Checks that an Update is well-formed and addresses the registration's location, then accepts it
    /// (2.04) when it does; returns whether it was accepted.
    /// </summary>
    protected async Task<bool> CheckAndAcceptUpdateAsync(IncomingLwm2mRequest<UpdateRequest> update)
    {
        ArgumentNullException.ThrowIfNull(update);
        if (!Check(update.IsValid, "the Update is well-formed", "a valid Update", update.IsValid ? null : string.Join("; ", update.Errors)))
        {
            await update.RespondAsync(Lwm2mResponses.BadRequest(string.Join("; ", update.Errors))).ConfigureAwait(false);
            return false;
        }

        var location = update.Request.LocationPath;
        if (!Check(location == Registration.LocationPath, "the Update addresses the location the server gave at registration", Registration.LocationPath, location))
        {
            await update.RespondAsync(Lwm2mResponses.NotFound($"no registration at {location}")).ConfigureAwait(false);
            return false;
        }

        Track(await update.AcceptAsync().ConfigureAwait(false));
        return true;
    }

    /// <summary>Checks a response's code; returns whether it matched.</summary>
    protected bool CheckCode(Lwm2mResponse response, CoapCode expected, string what)
    {
        ArgumentNullException.ThrowIfNull(response);
        return Check(response.Code == expected, $"{what} is answered {expected.Describe()}", expected.Describe(), response.ToString());
    }
}
