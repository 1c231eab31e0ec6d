using Harness.Protocol.Coap;

namespace Harness.Runtime.Analysis.Rules;

/// <summary>
/// WIRE-LOCATION: a client's Update (POST) and De-register (DELETE) go to the Location-Path that the latest 2.01
/// Created answering its Register returned (OMA-TS-LightweightM2M_Core §6.2.2, §6.2.3): Violation otherwise. A
/// client whose Register is not in the capture is not judged, since its location is unknown.
/// </summary>
public sealed class LocationPathRule : IWireRule
{
    public string Id => "WIRE-LOCATION";

    public string Clause => "OMA-TS-LightweightM2M_Core §6.2.2, §6.2.3";

    public string Title => "Update and De-register use the Location-Path of the latest 2.01 to Register";

    public IEnumerable<WireFinding> Check(WireTimeline timeline, WireAnalysisSettings settings)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(settings);
        var registrations = new RegistrationRequests(new WireExchangeIndex(timeline), settings.Transmission.ExchangeLifetime);
        foreach (var wire in timeline.Messages)
        {
            registrations.Observe(wire);
            if (wire.Message is not { IsRequest: true } request
                || registrations.LocationOf(WireFlow.Of(wire)) is not { } location
                || !settings.IsJudged(wire.Source)
                || RegistrationRequests.IsRegister(request)
                || RegistrationRequests.IsOtherClientRequest(request))
            {
                continue;
            }

            var operation = request.Code == CoapCode.Post ? "Update"
                : request.Code == CoapCode.Delete ? "De-register"
                : null;
            if (operation is null || request.UriPathSegments.SequenceEqual(location))
            {
                continue;
            }

            yield return WireFindings.Create(
                this,
                WireFindingSeverity.Violation,
                $"{operation} {WireFindings.Frame(wire)} goes to {request.UriPath}, not to the registration's location {RegistrationRequests.Path(location)}",
                [wire],
                expected: $"Uri-Path {RegistrationRequests.Path(location)}",
                actual: $"Uri-Path {request.UriPath}",
                clause: operation == "Update" ? "OMA-TS-LightweightM2M_Core §6.2.2" : "OMA-TS-LightweightM2M_Core §6.2.3");
        }
    }
}
