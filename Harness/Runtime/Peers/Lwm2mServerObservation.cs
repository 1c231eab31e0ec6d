using Harness.Protocol.Lwm2m.Messages;
using Harness.Runtime.Coap;

namespace Harness.Runtime.Peers;

/// <summary>An Observe or Observe-Composite the fake server made: the typed first response and the CoAP observation for notifications.</summary>
public sealed record Lwm2mServerObservation(Lwm2mResponse Response, CoapObservation Observation, Lwm2mRegistration Registration)
{
    public bool IsEstablished => Observation.IsEstablished;
}
