using BenchmarkDotNet.Attributes;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Content;
using Harness.Protocol.Lwm2m.Content.Lwm2mCbor;
using Harness.Protocol.Lwm2m.Content.SenmlCbor;
using Harness.Tests.Protocol.Lwm2m.Content;

namespace Harness.Benchmarks;

/// <summary>
/// Decode and encode of the Device instance with 15 resources read at /3/0, in SenML CBOR and LwM2M CBOR.
/// Target for SenML CBOR decoding: at least 500,000 payloads/s on one core (2 µs each), strict mode.
/// </summary>
[MemoryDiagnoser]
public class SenmlCborCodecBenchmarks
{
    private Lwm2mCodecContext context = null!;
    private Lwm2mContent content = null!;
    private ReadOnlyMemory<byte> senml;
    private ReadOnlyMemory<byte> lwm2m;

    [GlobalSetup]
    public void Setup()
    {
        var path = new Lwm2mPath(3, 0);
        context = Lwm2mCodecContext.For(path, Lwm2mVersions.V12);
        content = Lwm2mContent.Single(path, DeviceSample.Instance());
        senml = SenmlCborCodec.Instance.Encode(content, context);
        lwm2m = Lwm2mCborCodec.Instance.Encode(content, context);
        if (!content.Equals(SenmlCborCodec.Instance.Decode(senml, context).Content) || !content.Equals(Lwm2mCborCodec.Instance.Decode(lwm2m, context).Content))
        {
            throw new InvalidOperationException("The benchmark payloads must decode to the Device instance");
        }
    }

    [Benchmark]
    public Lwm2mDecodeResult SenmlCborDecodeStrict() => SenmlCborCodec.Instance.Decode(senml, context);

    [Benchmark]
    public Lwm2mDecodeResult Lwm2mCborDecodeStrict() => Lwm2mCborCodec.Instance.Decode(lwm2m, context);

    [Benchmark]
    public byte[] SenmlCborEncode() => SenmlCborCodec.Instance.Encode(content, context);

    [Benchmark]
    public byte[] Lwm2mCborEncode() => Lwm2mCborCodec.Instance.Encode(content, context);
}
