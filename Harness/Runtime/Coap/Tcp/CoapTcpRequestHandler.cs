using Harness.Protocol.Coap;

namespace Harness.Runtime.Coap.Tcp;

/// <summary>
/// Answers a request that arrived on <paramref name="connection"/>; the endpoint copies the request's
/// token into the response. Null means no response is sent.
/// </summary>
public delegate Task<CoapMessage?> CoapTcpRequestHandler(CoapMessage request, CoapTcpConnection connection, CancellationToken cancellation);
