using Harness.Protocol.Coap;

namespace Harness.Tests.Protocol.Coap;

/// <summary>
/// Allocation, not time: a strict decode allocates exactly one message object and an encode into a
/// caller's buffer allocates nothing. Measured per thread, so parallel tests do not disturb it.
/// </summary>
[NonParallelizable]
public class CoapUdpAllocationTests
{
    private const int Repetitions = 1000;

    [Test]
    public void A_strict_decode_allocates_only_the_message_object()
    {
        ReadOnlyMemory<byte> datagram = CoapUdpCodec.Encode(CoapSamples.Register40);
        for (int i = 0; i < 100; i++)
        {
            _ = CoapUdpCodec.Decode(datagram);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        var bare = new CoapMessage(CoapMessageType.Confirmable, CoapCode.Post, 1, datagram[..4], CoapOptionList.None, datagram);
        long messageSize = GC.GetAllocatedBytesForCurrentThread() - before;

        before = GC.GetAllocatedBytesForCurrentThread();
        CoapDecodeResult last = default;
        for (int i = 0; i < Repetitions; i++)
        {
            last = CoapUdpCodec.Decode(datagram);
        }

        long perDecode = (GC.GetAllocatedBytesForCurrentThread() - before) / Repetitions;
        Assert.That(last.IsValid, Is.True);
        Assert.That(messageSize, Is.InRange(1, 128), "a CoapMessage is one small object");
        Assert.That(perDecode, Is.EqualTo(messageSize));
        GC.KeepAlive(bare);
    }

    [Test]
    public void Encoding_into_a_caller_buffer_allocates_nothing()
    {
        var message = CoapSamples.Register40;
        var buffer = new byte[64];
        for (int i = 0; i < 100; i++)
        {
            CoapUdpCodec.Encode(message, buffer);
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        int written = 0;
        for (int i = 0; i < Repetitions; i++)
        {
            written = CoapUdpCodec.Encode(message, buffer);
        }

        Assert.That(GC.GetAllocatedBytesForCurrentThread() - before, Is.Zero);
        Assert.That(written, Is.EqualTo(40));
    }
}
