using Harness.Protocol.Coap;
using Harness.Protocol.Coap.Tcp;

namespace Harness.Tests.Protocol.Coap.Tcp;

public class CoapTcpVectorTests
{
    private static IEnumerable<TestCaseData> ValidVectors() => TcpFrameVector.Valid.Select(v => new TestCaseData(v).SetArgDisplayNames(v.Name));

    private static IEnumerable<TestCaseData> InvalidVectors() => TcpFrameVector.Invalid.Select(v => new TestCaseData(v).SetArgDisplayNames(v.Name));

    [Test]
    public void The_vector_file_covers_every_extended_length_boundary()
    {
        var names = TcpFrameVector.Valid.Select(v => v.Name).ToList();
        Assert.That(names, Is.SupersetOf(new[] { "body-length-12", "body-length-13", "body-length-268", "body-length-269", "body-length-65804", "body-length-65805" }));
        Assert.That(TcpFrameVector.Invalid.Count(), Is.GreaterThanOrEqualTo(10));
        Assert.That(TcpFrameVector.Valid.Concat(TcpFrameVector.Invalid).Select(v => v.Provenance), Has.All.Not.Empty);
    }

    [TestCaseSource(nameof(ValidVectors))]
    public void Valid_frame_decodes_to_its_fields(TcpFrameVector vector)
    {
        var status = CoapTcpCodec.TryReadFrame(vector.Frame.AsMemory(), CoapDecodeMode.Strict, out int consumed, out var result, vector.MaxMessageSize);

        Assert.That(status, Is.EqualTo(CoapTcpReadStatus.Frame), () => result.FirstError?.ToString() ?? "no error");
        Assert.That(consumed, Is.EqualTo(vector.Frame.Length));
        Assert.That(result.Message, Is.EqualTo(vector.ExpectedMessage()));
    }

    [TestCaseSource(nameof(ValidVectors))]
    public void Valid_frame_is_what_the_encoder_writes(TcpFrameVector vector)
    {
        var encoded = CoapTcpCodec.Encode(vector.ExpectedMessage());

        Assert.That(Convert.ToHexStringLower(encoded), Is.EqualTo(Convert.ToHexStringLower(vector.Frame)));
        Assert.That(CoapTcpCodec.GetEncodedLength(vector.ExpectedMessage()), Is.EqualTo(vector.Frame.Length));
    }

    [TestCaseSource(nameof(ValidVectors))]
    public void Valid_frame_decodes_the_same_in_lax_mode(TcpFrameVector vector)
    {
        var status = CoapTcpCodec.TryReadFrame(vector.Frame.AsMemory(), CoapDecodeMode.Lax, out int consumed, out var result, vector.MaxMessageSize);

        Assert.That(status, Is.EqualTo(CoapTcpReadStatus.Frame));
        Assert.That(consumed, Is.EqualTo(vector.Frame.Length));
        Assert.That(result.Errors, Is.Empty);
        Assert.That(result.Message, Is.EqualTo(vector.ExpectedMessage()));
    }

    [TestCaseSource(nameof(InvalidVectors))]
    public void Invalid_frame_is_rejected_naming_rule_and_offset_and_consumes_nothing(TcpFrameVector vector)
    {
        var status = CoapTcpCodec.TryReadFrame(vector.Frame.AsMemory(), CoapDecodeMode.Strict, out int consumed, out var result, vector.MaxMessageSize);

        Assert.That(status, Is.EqualTo(CoapTcpReadStatus.Error));
        Assert.That(consumed, Is.Zero);
        Assert.That(result.Message, Is.Null);
        Assert.That(result.FirstError!.Rule, Is.EqualTo(vector.Rule));
        Assert.That(result.FirstError.Offset, Is.EqualTo(vector.Offset));
        Assert.That(result.FirstError.Clause, Does.StartWith("RFC "));
    }

    [TestCaseSource(nameof(InvalidVectors))]
    public void Invalid_frame_in_lax_mode_is_shown_with_its_rule(TcpFrameVector vector)
    {
        var status = CoapTcpCodec.TryReadFrame(vector.Frame.AsMemory(), CoapDecodeMode.Lax, out int consumed, out var result, vector.MaxMessageSize);

        Assert.That(status.ToString(), Is.EqualTo(vector.LaxStatus));
        if (status == CoapTcpReadStatus.Frame)
        {
            Assert.That(consumed, Is.EqualTo(vector.Frame.Length));
            Assert.That(result.Message, Is.Not.Null);
            Assert.That(result.Errors.Select(e => e.Rule), Does.Contain(vector.Rule));
        }
        else
        {
            Assert.That(consumed, Is.Zero);
        }
    }
}
