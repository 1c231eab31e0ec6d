using Harness.Protocol.Coap;

namespace Harness.Runtime.Coap;

/// <summary>
/// What a server does with one Block1 request: answer <see cref="InterimResponse"/> (2.31, 4.08, 4.13, 4.00)
/// now, or, once the body is whole, build its own final response and add <see cref="FinalOptions"/> (the Block1 echo).
/// </summary>
public sealed record CoapBlock1Outcome(CoapMessage? InterimResponse, ReadOnlyMemory<byte> Body, IReadOnlyList<CoapOption> FinalOptions)
{
    public bool IsComplete => InterimResponse is null;
}
