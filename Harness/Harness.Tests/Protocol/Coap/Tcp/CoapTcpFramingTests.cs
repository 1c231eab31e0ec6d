using System.Buffers;
using Harness.Protocol.Coap;
using Harness.Protocol.Coap.Tcp;

namespace Harness.Tests.Protocol.Coap.Tcp;

public class CoapTcpFramingTests
{
    private static readonly byte[] Get = CoapTcpCodec.Encode(new CoapMessage(CoapMessageType.Confirmable, CoapCode.Get, 0, new byte[] { 0x71 }, [CoapOption.FromString(OptionNumber.UriPath, "temperature")]));

    [Test]
    public void Every_proper_prefix_needs_more_data_and_consumes_nothing()
    {
        for (int length = 0; length < Get.Length; length++)
        {
            var status = CoapTcpCodec.TryReadFrame(Get.AsMemory(0, length), CoapDecodeMode.Strict, out int consumed, out var result);

            Assert.That(status, Is.EqualTo(CoapTcpReadStatus.NeedMoreData), $"prefix of {length} bytes");
            Assert.That(consumed, Is.Zero);
            Assert.That(result.Message, Is.Null);
        }
    }

    [Test]
    public void A_frame_followed_by_more_bytes_consumes_only_itself()
    {
        byte[] stream = [.. Get, .. Get.AsSpan(0, 3)];

        var status = CoapTcpCodec.TryReadFrame(stream.AsMemory(), CoapDecodeMode.Strict, out int consumed, out var result);

        Assert.That(status, Is.EqualTo(CoapTcpReadStatus.Frame));
        Assert.That(consumed, Is.EqualTo(Get.Length));
        Assert.That(result.Message!.UriPath, Is.EqualTo("/temperature"));
        Assert.That(result.Message.Type, Is.EqualTo(CoapMessageType.Confirmable));
        Assert.That(result.Message.MessageId, Is.Zero);
    }

    [Test]
    public void An_oversized_frame_is_rejected_from_its_header_before_the_body_arrives()
    {
        byte[] header = [0xE0, 0x10, 0x00, 0x45];

        var status = CoapTcpCodec.TryReadFrame(header.AsMemory(), CoapDecodeMode.Strict, out int consumed, out var result, maxMessageSize: 1152);

        Assert.That(status, Is.EqualTo(CoapTcpReadStatus.Error));
        Assert.That(consumed, Is.Zero);
        Assert.That(result.FirstError!.Rule, Is.EqualTo("COAP-TCP-TOO-LARGE"));
        Assert.That(result.FirstError.Message, Does.Contain("4369").And.Contain("1152"));
    }

    [Test]
    public void Span_and_sequence_readers_agree_with_the_memory_reader()
    {
        byte[] stream = [.. Get, .. Get];
        var sequence = TestSegment.Build([stream.AsMemory(0, 1), stream.AsMemory(1, 5), stream.AsMemory(6)]);

        var fromSpan = CoapTcpCodec.TryReadFrame(stream.AsSpan(), CoapDecodeMode.Strict, out int spanConsumed, out var spanResult);
        var fromSequence = CoapTcpCodec.TryReadFrame(sequence, CoapDecodeMode.Strict, out long sequenceConsumed, out var sequenceResult);
        var partial = CoapTcpCodec.TryReadFrame(sequence.Slice(0, 4), CoapDecodeMode.Strict, out long partialConsumed, out _);

        Assert.That(fromSpan, Is.EqualTo(CoapTcpReadStatus.Frame));
        Assert.That(fromSequence, Is.EqualTo(CoapTcpReadStatus.Frame));
        Assert.That(spanConsumed, Is.EqualTo(Get.Length));
        Assert.That(sequenceConsumed, Is.EqualTo(Get.Length));
        Assert.That(sequenceResult.Message, Is.EqualTo(spanResult.Message));
        Assert.That(partial, Is.EqualTo(CoapTcpReadStatus.NeedMoreData));
        Assert.That(partialConsumed, Is.Zero);
    }

    [Test]
    public void Decode_of_a_single_frame_flags_trailing_and_missing_bytes()
    {
        Assert.That(CoapTcpCodec.Decode(Get).IsValid, Is.True);
        Assert.That(CoapTcpCodec.Decode((byte[])[.. Get, 0x00]).FirstError!.Rule, Is.EqualTo("COAP-TCP-TRAILING"));
        Assert.That(CoapTcpCodec.Decode(Get.AsMemory(0, 4)).FirstError!.Rule, Is.EqualTo("COAP-TCP-TRUNCATED"));
        Assert.Throws<CoapFormatException>(() => CoapTcpCodec.DecodeOrThrow(new byte[] { 0x09, 0x45 }));
    }

    [Test]
    public void Type_and_message_id_are_not_on_the_wire()
    {
        var message = new CoapMessage(CoapMessageType.Acknowledgement, CoapCode.Content, 0x1234, new byte[] { 1 });

        Assert.That(CoapTcpCodec.Encode(message), Is.EqualTo(new byte[] { 0x01, 0x45, 0x01 }));
    }

    [Test]
    public void Lax_mode_reads_a_reserved_token_length_and_lists_the_violation()
    {
        byte[] frame = [0x0A, 0x45, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

        var status = CoapTcpCodec.TryReadFrame(frame.AsMemory(), CoapDecodeMode.Lax, out int consumed, out var result);

        Assert.That(status, Is.EqualTo(CoapTcpReadStatus.Frame));
        Assert.That(consumed, Is.EqualTo(frame.Length));
        Assert.That(result.Message!.Token.ToArray(), Is.EqualTo(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 }));
        Assert.That(result.Errors.Select(e => e.Rule), Is.EqualTo(new[] { "COAP-TKL-RESERVED" }));
    }

    [Test]
    public void Sequence_reader_handles_an_empty_sequence()
    {
        var status = CoapTcpCodec.TryReadFrame(ReadOnlySequence<byte>.Empty, CoapDecodeMode.Strict, out long consumed, out _);

        Assert.That(status, Is.EqualTo(CoapTcpReadStatus.NeedMoreData));
        Assert.That(consumed, Is.Zero);
    }
}
