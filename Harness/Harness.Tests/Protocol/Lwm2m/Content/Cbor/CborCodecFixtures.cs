using Harness.Protocol.Lwm2m.Content.Lwm2mCbor;
using Harness.Protocol.Lwm2m.Content.SenmlCbor;

namespace Harness.Tests.Protocol.Lwm2m.Content.Cbor;

/// <summary>The CBOR content codecs with the vector folder of each, for fixtures that run once per codec.</summary>
internal static class CborCodecFixtures
{
    public static IEnumerable<TestFixtureData> All =>
    [
        new TestFixtureData(SenmlCborCodec.Instance, "SenmlCbor").SetArgDisplayNames("SenML CBOR"),
        new TestFixtureData(Lwm2mCborCodec.Instance, "Lwm2mCbor").SetArgDisplayNames("LwM2M CBOR"),
    ];

    public static IEnumerable<TestFixtureData> Codecs =>
    [
        new TestFixtureData(SenmlCborCodec.Instance).SetArgDisplayNames("SenML CBOR"),
        new TestFixtureData(Lwm2mCborCodec.Instance).SetArgDisplayNames("LwM2M CBOR"),
    ];
}
