using System.Text;
using CsCheck;
using Harness.Protocol.Coap;
using Harness.Tests.Protocol.Coap.Vectors;
using Harness.Tests.Support;

namespace Harness.Tests.Protocol.Coap;

/// <summary>
/// Over 200,000 random and mutated datagrams (byte flips, truncations, insertions, deletions, splices
/// of the golden vectors and of generated messages; fixed seeds): decoding only ever answers with a
/// result, strict and lax agree on the first violated rule, and whatever lax decoding returns can be
/// enumerated, printed, validated and encoded again.
/// </summary>
public class CoapUdpRobustnessTests
{
    private const int Inputs = 210_000;

    [Test]
    [CancelAfter(120_000)]
    public void Random_and_mutated_datagrams_never_break_the_decoders()
    {
        var corpus = Corpus();
        var random = new Random(7252);
        var failures = new List<string>();
        var token = TestContext.CurrentContext.CancellationToken;
        int rejected = 0;
        for (int i = 0; i < Inputs && failures.Count < 5; i++)
        {
            if (i % 4096 == 0)
            {
                token.ThrowIfCancellationRequested();
            }

            byte[] input = DatagramMutator.Next(random, corpus);
            string? failure = Check(input, ref rejected);
            if (failure is not null)
            {
                failures.Add($"{Convert.ToHexStringLower(input)}: {failure}");
            }
        }

        Assert.That(failures, Is.Empty);
        Assert.That(rejected, Is.InRange(Inputs / 4, Inputs - (Inputs / 20)), "the mix holds both accepted and rejected datagrams");
    }

    private static List<byte[]> Corpus()
    {
        var corpus = CoapVectorFile.All().Select(p => p.Vector.Bytes).ToList();
        FixedSeed.Sample(CoapMessageGenerators.ValidMessage, "5Bv1Nn2Yp7Tq", 300, m => corpus.Add(CoapUdpCodec.Encode(m)));
        return corpus;
    }

    private static string? Check(byte[] input, ref int rejected)
    {
        try
        {
            var strict = CoapUdpCodec.Decode(input);
            var lax = CoapUdpCodec.Decode(input, CoapDecodeMode.Lax);
            if (strict.IsValid)
            {
                return CheckAccepted(input, strict, lax);
            }

            rejected++;
            return CheckRejected(input, strict, lax);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return exception.ToString();
        }
    }

    private static string? CheckAccepted(byte[] input, CoapDecodeResult strict, CoapDecodeResult lax)
    {
        if (!CoapUdpCodec.Encode(strict.Message!).AsSpan().SequenceEqual(input))
        {
            return "strict decoding accepted bytes that do not encode back to themselves";
        }

        return lax.IsValid && lax.Message!.Equals(strict.Message) ? Exercise(lax.Message) : "lax decoding differs from strict decoding on valid bytes";
    }

    private static string? CheckRejected(byte[] input, CoapDecodeResult strict, CoapDecodeResult lax)
    {
        if (strict.Message is not null || strict.Errors.Count != 1)
        {
            return "a strict failure must carry no message and exactly one error";
        }

        if (lax.FirstError is not { } first || first.Rule != strict.FirstError!.Rule || first.Offset != strict.FirstError.Offset)
        {
            return $"lax first error {lax.FirstError} differs from strict {strict.FirstError}";
        }

        if (lax.Message is null)
        {
            return input.Length < CoapUdpCodec.HeaderLength ? null : "lax decoding gave no message for a datagram with a header";
        }

        return input.Length % 16 == 0 ? CheckException(strict, first) ?? Exercise(lax.Message) : Exercise(lax.Message);
    }

    /// <summary>The throwing accessor names the same rule (checked on a sample: exceptions are slow).</summary>
    private static string? CheckException(CoapDecodeResult strict, CoapFormatError first)
    {
        try
        {
            strict.GetMessageOrThrow();
            return "GetMessageOrThrow returned a message for rejected bytes";
        }
        catch (CoapFormatException exception)
        {
            return exception.Error.Rule == first.Rule ? null : "the exception names another rule";
        }
    }

    /// <summary>Everything a report does with a decoded message must work on a lax reading.</summary>
    private static string? Exercise(CoapMessage message)
    {
        var text = new StringBuilder(message.ToString());
        foreach (var option in message.Options)
        {
            text.Append(option.ToString()).Append(option.FormatValue());
        }

        _ = CoapMessageValidator.Validate(message);
        byte[] encoded = CoapUdpCodec.Encode(message);
        return encoded.Length == CoapUdpCodec.GetEncodedLength(message) && text.Length > 0 ? null : "re-encoding gave an unexpected length";
    }
}
