namespace Harness.Runtime.Coap;

/// <summary>
/// Message ids for new CON/NON messages: sequential from a random start, so ids are not guessable
/// across endpoints yet never repeat within 65536 messages (RFC 7252 §4.4).
/// </summary>
internal sealed class MessageIdGenerator
{
    private int next;

    public MessageIdGenerator(Random random) => next = random.Next(0, 0x10000);

    public ushort Next() => (ushort)(Interlocked.Increment(ref next) & 0xFFFF);
}
