using Harness.Protocol.Coap;

namespace Harness.Protocol.Lwm2m.Messages;

/// <summary>An LwM2M operation that travels as one CoAP request.</summary>
public interface ILwm2mRequest
{
    /// <summary>The operation's name as the TS spells it, e.g. "Register", "Write-Attributes".</summary>
    string Operation { get; }

    /// <summary>A CON request without message id or token (the endpoint assigns them).</summary>
    CoapMessage ToCoapMessage();
}
