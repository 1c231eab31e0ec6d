using Harness.Protocol.Coap;

namespace Harness.Runtime.Coap;

/// <summary>
/// Serves one request. The returned message supplies code, options and payload; the endpoint sets type,
/// message id and token. Returning null rejects the request with RST (RFC 7252 §4.2, §4.3).
/// Call <see cref="CoapIncomingRequest.AcknowledgeAsync"/> first to answer separately (§5.2.2).
/// </summary>
public delegate ValueTask<CoapMessage?> CoapRequestHandler(CoapIncomingRequest request, CancellationToken cancellationToken);
