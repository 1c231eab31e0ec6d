using System.Buffers;
using CsCheck;
using Harness.Protocol.Coap;
using Harness.Protocol.Coap.Tcp;
using Harness.Tests.Support;

namespace Harness.Tests.Protocol.Coap.Tcp;

public class CoapTcpRoundTripProperties
{
    [Test]
    public void Encoded_messages_decode_to_themselves()
    {
        FixedSeed.Sample(TcpMessageGen.Message(TcpMessageGen.Payload), seed: 8323, count: 400, message =>
        {
            var frame = CoapTcpCodec.Encode(message);
            var status = CoapTcpCodec.TryReadFrame(frame.AsMemory(), CoapDecodeMode.Strict, out int consumed, out var result);

            Assert.That(status, Is.EqualTo(CoapTcpReadStatus.Frame), () => result.FirstError?.ToString() ?? string.Empty);
            Assert.That(consumed, Is.EqualTo(frame.Length));
            Assert.That(result.Message, Is.EqualTo(message));
        });
    }

    [Test]
    public void Encoded_signals_decode_to_themselves_and_read_back()
    {
        FixedSeed.Sample(TcpMessageGen.Signal, seed: 5, count: 500, signal =>
        {
            var decoded = CoapTcpCodec.DecodeOrThrow(CoapTcpCodec.Encode(signal));

            Assert.That(decoded, Is.EqualTo(signal));
            if (signal.Code == CoapCode.Csm)
            {
                Assert.That(CsmSignal.Read(decoded).ToMessage(), Is.EqualTo(signal));
            }
            else if (signal.Code == CoapCode.Release)
            {
                Assert.That(ReleaseSignal.Read(decoded).ToMessage(), Is.EqualTo(signal));
            }
            else if (signal.Code == CoapCode.Abort)
            {
                Assert.That(AbortSignal.Read(decoded).ToMessage(), Is.EqualTo(signal));
            }
        });
    }

    [Test]
    public void A_stream_read_byte_by_byte_yields_the_same_frames()
    {
        FixedSeed.Sample(TcpMessageGen.Message(TcpMessageGen.SmallPayload).Array[1, 5], seed: 77, count: 60, messages =>
        {
            var stream = messages.SelectMany(CoapTcpCodec.Encode).ToArray();
            var chunks = Enumerable.Range(0, stream.Length).Select(i => (ReadOnlyMemory<byte>)stream.AsMemory(i, 1));

            Assert.That(ReadAll(chunks), Is.EqualTo(messages));
        });
    }

    [Test]
    public void A_stream_read_in_random_chunks_yields_the_same_frames()
    {
        var gen = Gen.Select(TcpMessageGen.Message(TcpMessageGen.Payload).Array[1, 6], Gen.Int[1, 5000].Array[1, 200]);
        FixedSeed.Sample(gen, seed: 1234, count: 150, input =>
        {
            var (messages, sizes) = input;
            var stream = messages.SelectMany(CoapTcpCodec.Encode).ToArray();

            Assert.That(ReadAll(Chunk(stream, sizes)), Is.EqualTo(messages));
            Assert.That(ReadAllAsSequences(stream, sizes), Is.EqualTo(messages));
        });
    }

    /// <summary>Appends each chunk to a buffer and drains every whole frame, as a socket reader does.</summary>
    private static List<CoapMessage> ReadAll(IEnumerable<ReadOnlyMemory<byte>> chunks)
    {
        var messages = new List<CoapMessage>();
        var buffer = new List<byte>();
        foreach (var chunk in chunks)
        {
            buffer.AddRange(chunk.Span);
            while (true)
            {
                var status = CoapTcpCodec.TryReadFrame(buffer.ToArray().AsMemory(), CoapDecodeMode.Strict, out int consumed, out var result);
                if (status == CoapTcpReadStatus.NeedMoreData)
                {
                    Assert.That(consumed, Is.Zero);
                    break;
                }

                Assert.That(status, Is.EqualTo(CoapTcpReadStatus.Frame), () => result.FirstError?.ToString() ?? string.Empty);
                messages.Add(result.Message!);
                buffer.RemoveRange(0, consumed);
            }
        }

        Assert.That(buffer, Is.Empty, "bytes left over after the last frame");
        return messages;
    }

    /// <summary>Reads from a multi-segment sequence whose segments follow the chunk sizes.</summary>
    private static List<CoapMessage> ReadAllAsSequences(byte[] stream, int[] sizes)
    {
        var messages = new List<CoapMessage>();
        var sequence = TestSegment.Build(Chunk(stream, sizes).ToList());
        while (sequence.Length > 0)
        {
            var status = CoapTcpCodec.TryReadFrame(sequence, CoapDecodeMode.Strict, out long consumed, out var result);
            Assert.That(status, Is.EqualTo(CoapTcpReadStatus.Frame), () => result.FirstError?.ToString() ?? string.Empty);
            messages.Add(result.Message!);
            sequence = sequence.Slice(consumed);
        }

        return messages;
    }

    private static IEnumerable<ReadOnlyMemory<byte>> Chunk(byte[] stream, int[] sizes)
    {
        int position = 0;
        for (int i = 0; position < stream.Length; i++)
        {
            int size = Math.Min(sizes[i % sizes.Length], stream.Length - position);
            yield return stream.AsMemory(position, size);
            position += size;
        }
    }
}
