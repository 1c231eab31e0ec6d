using Harness.Protocol.Coap;

namespace Harness.Runtime.Analysis.Rules;

/// <summary>
/// Recognizes the client-initiated requests of the LwM2M Registration interface (OMA-TS-LightweightM2M_Core §6.2)
/// and follows, per client-to-server flow, the Location-Path the latest 2.01 Created to a Register returned. Other
/// client-initiated requests (Bootstrap-Request to /bs, Send to /dp) are named so that they are never taken for an
/// Update.
/// </summary>
internal sealed class RegistrationRequests(WireExchangeIndex index, TimeSpan exchangeLifetime)
{
    private readonly Dictionary<WireFlow, IReadOnlyList<string>> locations = [];

    /// <summary>POST /rd with an ep= query: a Register (§6.2.1).</summary>
    public static bool IsRegister(CoapMessage message) =>
        message.Code == CoapCode.Post
        && message.UriPathSegments is ["rd"]
        && message.UriQuery.Any(q => q.StartsWith("ep=", StringComparison.Ordinal));

    /// <summary>POST /bs (Bootstrap-Request) or POST /dp (Send): client-initiated, but not about the registration.</summary>
    public static bool IsOtherClientRequest(CoapMessage message) =>
        message.Code == CoapCode.Post && message.UriPathSegments is ["bs"] or ["dp"];

    /// <summary>The Location-Path the server last gave the client of <paramref name="flow"/> (client to server), or null before any.</summary>
    public IReadOnlyList<string>? LocationOf(WireFlow flow) => locations.GetValueOrDefault(flow);

    /// <summary>Feed every message in timeline order; a 2.01 answering a Register sets that client's location.</summary>
    public void Observe(WireMessage wire)
    {
        if (wire.Message is { } created
            && created.Code == CoapCode.Created
            && index.RequestOf(wire, exchangeLifetime) is { Message: { } request } registerWire
            && IsRegister(request)
            && created.LocationPathSegments.Count > 0)
        {
            locations[WireFlow.Of(registerWire)] = created.LocationPathSegments;
        }
    }

    /// <summary>"/rd/5a3f" for segments.</summary>
    public static string Path(IReadOnlyList<string> segments) => "/" + string.Join('/', segments);
}
