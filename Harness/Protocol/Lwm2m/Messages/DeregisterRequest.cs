using Harness.Protocol.Coap;

namespace Harness.Protocol.Lwm2m.Messages;

/// <summary>De-register: DELETE the location the Register's 2.01 gave.</summary>
public sealed record DeregisterRequest(IReadOnlyList<string> Location) : ILwm2mRequest
{
    public string Operation => "De-register";

    public string LocationPath => "/" + string.Join('/', Location);

    public static DeregisterRequest To(string locationPath) =>
        new(locationPath?.Split('/', StringSplitOptions.RemoveEmptyEntries) ?? throw new ArgumentNullException(nameof(locationPath)));

    public CoapMessage ToCoapMessage() => RequestBuilder.Build(CoapCode.Delete, Location);

    public static Lwm2mParseResult<DeregisterRequest> Parse(CoapMessage message, IReadOnlyList<string>? expectedLocation = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        var errors = new List<Lwm2mMessageError>();
        RequestBuilder.CheckMethodAndPath(message, CoapCode.Delete, expectedLocation, Lwm2mClauses.Deregister, errors);
        if (message.UriPathSegments.Count == 0)
        {
            errors.Add(new("Uri-Path", "a De-register goes to the registration's location, not to /", Lwm2mClauses.Deregister));
        }

        if (message.UriQuery.Count > 0)
        {
            errors.Add(new("Uri-Query", $"a De-register has no parameters, got {string.Join('&', message.UriQuery)}", Lwm2mClauses.Deregister));
        }

        return errors.Count > 0
            ? Lwm2mParseResult<DeregisterRequest>.Failure("De-register", errors)
            : Lwm2mParseResult<DeregisterRequest>.Success("De-register", new DeregisterRequest([.. message.UriPathSegments]));
    }

    public override string ToString() => $"De-register {LocationPath}";
}
