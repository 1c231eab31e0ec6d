using System.Text;
using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Messages;

namespace Harness.Runtime.Peers.Client;

/// <summary>
/// The client's registration requests as they go on the wire: built valid from the message types, then
/// broken on purpose where a <see cref="RegistrationFaults"/> flag asks for it.
/// </summary>
internal static class RegistrationMessages
{
    /// <summary>Appended to the configured name by the wrong-endpoint fault.</summary>
    public const string WrongEndpointSuffix = "-wrong";

    public static CoapMessage Register(ClientRegistrationSettings settings, ObjectLinks links)
    {
        bool missingVersion = settings.Has(RegistrationFaults.MissingVersion);
        var register = new RegisterRequest(settings.Has(RegistrationFaults.WrongEndpoint) ? settings.Endpoint + WrongEndpointSuffix : settings.Endpoint)
        {
            Lifetime = settings.Has(RegistrationFaults.WrongLifetime) ? settings.Lifetime + 1 : settings.Lifetime,
            Version = missingVersion ? null : settings.Version,
            Binding = settings.Binding,
            QueueMode = settings.QueueMode && !settings.Has(RegistrationFaults.NoQueueFlag),
            ObjectLinks = WithFaults(settings, links),
        };
        var message = register.ToCoapMessage();
        if (missingVersion && register.QueueMode && settings.Version >= Lwm2mVersions.V11)
        {
            // Without lwm2m= the message type would fall back to the 1.0 form b=UQ; keep the 1.1 form, only lwm2m is missing.
            message = message.WithOptions(message.Options.Where(o => o.Number != OptionNumber.UriQuery))
                .WithAddedOptions(QueryOptions([.. message.UriQuery.Select(q => q.StartsWith("b=", StringComparison.Ordinal) ? "b=" + settings.Binding : q), "Q"]));
        }

        if (settings.Has(RegistrationFaults.MissingEndpoint))
        {
            message = message.WithOptions(message.Options.Where(o => o.Number != OptionNumber.UriQuery))
                .WithAddedOptions(QueryOptions(message.UriQuery.Where(q => !q.StartsWith("ep=", StringComparison.Ordinal))));
        }

        return settings.Has(RegistrationFaults.MalformedLinks) ? message.WithPayload(BreakLinks(message.Payload)) : message;
    }

    /// <summary>An Update to <paramref name="location"/> (or, with the wrong-update-location fault, to /rd/{endpoint}) carrying only what changed.</summary>
    public static CoapMessage Update(ClientRegistrationSettings settings, IReadOnlyList<string> location, uint? lifetime, string? binding, ObjectLinks? links)
    {
        var update = new UpdateRequest(settings.Has(RegistrationFaults.WrongUpdateLocation) ? WrongLocation(settings, location) : location)
        {
            Lifetime = lifetime,
            Binding = binding is null ? null : WireBinding(settings, binding),
            ObjectLinks = links is null ? null : WithFaults(settings, links),
        };
        return update.ToCoapMessage();
    }

    public static CoapMessage Deregister(IReadOnlyList<string> location) => new DeregisterRequest(location).ToCoapMessage();

    /// <summary>The <c>b</c> value: 1.0 folds queue mode into it (UQ), later versions do not; the no-queue-flag fault leaves it out.</summary>
    public static string WireBinding(ClientRegistrationSettings settings, string binding) =>
        settings.QueueMode && !settings.Has(RegistrationFaults.NoQueueFlag) && settings.Version <= Lwm2mVersions.V10 ? BindingModes.WithQueueModeV10(binding) : binding;

    /// <summary>A location the server did not give: /rd/{endpoint}, as clients that ignore Location-Path assume.</summary>
    public static IReadOnlyList<string> WrongLocation(ClientRegistrationSettings settings, IReadOnlyList<string> location)
    {
        string[] guessed = [RegisterRequest.RegistrationPath, settings.Endpoint];
        return guessed.SequenceEqual(location, StringComparer.Ordinal) ? [.. guessed, "0"] : guessed;
    }

    /// <summary>The links as given, or with the Security object instance /0/0 put first by the lists-security-object fault.</summary>
    private static ObjectLinks WithFaults(ClientRegistrationSettings settings, ObjectLinks links) =>
        settings.Has(RegistrationFaults.ListsSecurityObject)
            ? new ObjectLinks([ObjectLink.Of(new Lwm2mPath(0, 0)), .. links.Links], links.AlternatePath, links.ContentFormats)
            : links;

    private static IEnumerable<CoapOption> QueryOptions(IEnumerable<string> query) => query.Select(q => CoapOption.FromString(OptionNumber.UriQuery, q));

    /// <summary>Drops the first '&gt;', so the first link's target never closes.</summary>
    private static byte[] BreakLinks(ReadOnlyMemory<byte> payload)
    {
        string text = Encoding.UTF8.GetString(payload.Span);
        int close = text.IndexOf('>', StringComparison.Ordinal);
        return Encoding.UTF8.GetBytes(close < 0 ? text + "<" : text.Remove(close, 1));
    }
}
