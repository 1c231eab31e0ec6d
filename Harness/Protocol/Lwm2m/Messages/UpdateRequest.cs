using System.Globalization;
using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m.Model;

namespace Harness.Protocol.Lwm2m.Messages;

/// <summary>
/// Update: POST to the location the Register's 2.01 gave, with only what changed: <c>lt</c>, <c>b</c>,
/// <c>sms</c> and the Objects and Object Instances are all optional; an empty Update says "still here".
/// </summary>
public sealed record UpdateRequest(IReadOnlyList<string> Location) : ILwm2mRequest
{
    public string Operation => "Update";

    public uint? Lifetime { get; init; }

    public string? Binding { get; init; }

    public string? SmsNumber { get; init; }

    public ObjectLinks? ObjectLinks { get; init; }

    public string LocationPath => "/" + string.Join('/', Location);

    /// <summary>"/rd/5a3f" → ["rd", "5a3f"].</summary>
    public static UpdateRequest To(string locationPath) =>
        new(locationPath?.Split('/', StringSplitOptions.RemoveEmptyEntries) ?? throw new ArgumentNullException(nameof(locationPath)));

    public CoapMessage ToCoapMessage()
    {
        var query = new List<string>();
        if (Lifetime is { } lifetime)
        {
            query.Add(string.Create(CultureInfo.InvariantCulture, $"lt={lifetime}"));
        }

        if (Binding is not null)
        {
            query.Add($"b={Binding}");
        }

        if (SmsNumber is not null)
        {
            query.Add($"sms={SmsNumber}");
        }

        return ObjectLinks is null
            ? RequestBuilder.Build(CoapCode.Post, Location, query)
            : RequestBuilder.Build(CoapCode.Post, Location, query, ObjectLinks.ToPayload(), ContentFormat.LinkFormat);
    }

    /// <summary>
    /// Reads an Update; with <paramref name="expectedLocation"/> the path must be that location. The binding
    /// is judged by the rules of <paramref name="version"/> (1.0 allows UQ here, 1.1 does not).
    /// </summary>
    public static Lwm2mParseResult<UpdateRequest> Parse(CoapMessage message, IReadOnlyList<string>? expectedLocation = null, VersionNumber? version = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        const string Clause = Lwm2mClauses.Update;
        var errors = new List<Lwm2mMessageError>();
        RequestBuilder.CheckMethodAndPath(message, CoapCode.Post, expectedLocation, Clause, errors);
        if (message.UriPathSegments.Count == 0)
        {
            errors.Add(new("Uri-Path", "an Update goes to the registration's location, not to /", Clause));
        }

        var query = new RegistrationQuery(message.UriQuery, ["lt", "b", "sms"], Clause, errors);
        var lifetime = query.Lifetime(Clause, errors);
        var binding = query.Binding(version ?? Lwm2mVersions.V11, Clause, errors);
        var sms = query.Text("sms", Clause, errors);
        var links = RequestBuilder.ReadObjectLinks(message, required: false, Clause, errors);
        return errors.Count > 0
            ? Lwm2mParseResult<UpdateRequest>.Failure("Update", errors)
            : Lwm2mParseResult<UpdateRequest>.Success("Update", new UpdateRequest([.. message.UriPathSegments])
            {
                Lifetime = lifetime,
                Binding = binding,
                SmsNumber = sms,
                ObjectLinks = links,
            });
    }

    public override string ToString() => $"Update {LocationPath}{(Lifetime is { } lt ? $" lt={lt}" : string.Empty)}";
}
