using BenchmarkDotNet.Attributes;
using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Content;
using Harness.Protocol.Lwm2m.Content.OmaJson;
using Harness.Protocol.Lwm2m.Content.SenmlJson;
using Harness.Tests.Protocol.Lwm2m.Content;

namespace Harness.Benchmarks;

/// <summary>
/// SenML JSON and OMA JSON for a Read of /3/0: the Device instance with 15 resources (DeviceSample), about
/// 480 bytes of SenML JSON. Target: at least 150,000 decodes/s on one core (6.6 µs or less).
/// </summary>
[MemoryDiagnoser]
public class SenmlJsonCodecBenchmarks
{
    private readonly Lwm2mCodecContext strict = Lwm2mCodecContext.For(new Lwm2mPath(3, 0), Lwm2mVersions.V11);
    private Lwm2mCodecContext lax = null!;
    private Lwm2mContent content = null!;
    private byte[] senml = [];
    private byte[] omaJson = [];

    [GlobalSetup]
    public void Setup()
    {
        lax = strict with { Mode = CoapDecodeMode.Lax };
        content = Lwm2mContent.Single(strict.RequestPath, DeviceSample.Instance());
        senml = SenmlJsonCodec.Instance.Encode(content, strict);
        omaJson = OmaJsonCodec.Instance.Encode(content, strict);
        if (!content.Equals(SenmlJsonCodec.Instance.Decode(senml, strict).Content) || !content.Equals(OmaJsonCodec.Instance.Decode(omaJson, strict).Content))
        {
            throw new InvalidOperationException("The benchmark payloads do not decode to the Device instance");
        }
    }

    [Benchmark(Baseline = true)]
    public Lwm2mDecodeResult SenmlDecodeStrict() => SenmlJsonCodec.Instance.Decode(senml, strict);

    [Benchmark]
    public Lwm2mDecodeResult SenmlDecodeLax() => SenmlJsonCodec.Instance.Decode(senml, lax);

    /// <summary>The syntax tier alone: bytes to records.</summary>
    [Benchmark]
    public SenmlPack SenmlReadRecords() => SenmlJsonCodec.ReadRecords(senml);

    [Benchmark]
    public byte[] SenmlEncode() => SenmlJsonCodec.Instance.Encode(content, strict);

    [Benchmark]
    public Lwm2mDecodeResult OmaJsonDecodeStrict() => OmaJsonCodec.Instance.Decode(omaJson, strict);

    [Benchmark]
    public byte[] OmaJsonEncode() => OmaJsonCodec.Instance.Encode(content, strict);
}
