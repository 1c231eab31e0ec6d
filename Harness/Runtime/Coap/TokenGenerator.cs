namespace Harness.Runtime.Coap;

/// <summary>Random tokens of a fixed length (RFC 7252 §5.3.1 asks for enough randomness to resist spoofing).</summary>
internal sealed class TokenGenerator
{
    private readonly Random random;
    private readonly int length;
    private readonly Lock gate = new();

    public TokenGenerator(Random random, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, Harness.Protocol.Coap.CoapMessage.MaxTokenLength);
        this.random = random;
        this.length = length;
    }

    public byte[] Next()
    {
        var token = new byte[length];
        lock (gate)
        {
            random.NextBytes(token);
        }

        return token;
    }
}
