using System.Formats.Cbor;
using Harness.Protocol.Lwm2m.Content.Cbor;
using Harness.Protocol.Lwm2m.Content.Lwm2mCbor;

namespace Harness.Tests.Protocol.Lwm2m.Content.Cbor;

/// <summary>
/// The decoders' span reader must accept and reject exactly what <see cref="CborReader"/> does in Lax mode, and stop
/// at the same byte: finding offsets depend on it. Checked against the real reader on broken inputs.
/// </summary>
public class CborSpanReaderTests
{
    [Test]
    public void Skipping_item_by_item_agrees_with_the_system_reader_on_broken_inputs()
    {
        var seeds = CborCodecRobustnessTests.LoadSeeds(Lwm2mCborCodec.Instance, "Lwm2mCbor")
            .Concat(CborCodecRobustnessTests.LoadSeeds(global::Harness.Protocol.Lwm2m.Content.SenmlCbor.SenmlCborCodec.Instance, "SenmlCbor"))
            .ToList();
        var disagreements = new List<string>();
        RobustnessRun.Run(seeds, 50_000, 21, input =>
        {
            var expected = SystemReaderStops(input);
            var actual = SpanReaderStops(input);
            if (!expected.SequenceEqual(actual) && disagreements.Count < 5)
            {
                disagreements.Add($"{Convert.ToHexStringLower(input)}: CborReader {string.Join(",", expected)}, span reader {string.Join(",", actual)}");
            }
        });

        Assert.That(disagreements, Is.Empty);
    }

    [TestCase("9a00100000", TestName = "An array longer than the payload fails at its head")]
    [TestCase("a301020304", TestName = "A map with more pairs than bytes fails at its head")]
    [TestCase("7f6161", TestName = "An indefinite-length string without its break fails")]
    [TestCase("7f4161ff", TestName = "A byte-string chunk in a text string fails")]
    [TestCase("c1ff", TestName = "A tag before a break fails")]
    [TestCase("fc", TestName = "A reserved simple value fails")]
    [TestCase("1c", TestName = "Reserved additional information fails")]
    public void A_malformed_item_is_rejected_and_nothing_is_consumed(string hex)
    {
        var payload = Convert.FromHexString(hex);
        var reader = new CborSpanReader(payload);
        Exception? failure = null;
        try
        {
            reader.SkipValue();
        }
        catch (CborContentException e)
        {
            failure = e;
        }

        Assert.That(failure, Is.Not.Null);
        Assert.That(reader.Offset, Is.Zero);
    }

    [Test]
    public void Text_chunks_are_judged_one_by_one_for_utf8()
    {
        // "é" (c3 a9) split across two chunks: each chunk alone is not UTF-8, as RFC 8949 §3.2.3 requires of chunks.
        var reader = new CborSpanReader(Convert.FromHexString("7f61c361a9ff"));

        Assert.That(reader.TryReadUtf8(out _), Is.False);
        Assert.That(reader.Offset, Is.EqualTo(6));
    }

    /// <summary>Offsets after each root-level item, then "x@offset" where the reader failed.</summary>
    private static List<string> SystemReaderStops(byte[] input)
    {
        var stops = new List<string>();
        var reader = new CborReader(input, CborConformanceMode.Lax, allowMultipleRootLevelValues: true);
        try
        {
            while (reader.BytesRemaining > 0)
            {
                reader.SkipValue();
                stops.Add((input.Length - reader.BytesRemaining).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        catch (Exception e) when (e is CborContentException or InvalidOperationException)
        {
            stops.Add($"x@{input.Length - reader.BytesRemaining}");
        }

        return stops;
    }

    private static List<string> SpanReaderStops(byte[] input)
    {
        var stops = new List<string>();
        var reader = new CborSpanReader(input);
        try
        {
            while (reader.BytesRemaining > 0)
            {
                reader.SkipValue();
                stops.Add(reader.Offset.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        catch (CborContentException)
        {
            stops.Add($"x@{reader.Offset}");
        }

        return stops;
    }
}
