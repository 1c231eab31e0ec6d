using System.Collections.Frozen;
using Harness.Protocol.Lwm2m.Content.OmaJson;
using Harness.Protocol.Lwm2m.Content.SenmlJson;

namespace Harness.Protocol.Lwm2m.Content;

/// <summary>Every content codec the suite has, found by Content-Format number.</summary>
public static class Lwm2mContentCodecs
{
    public static IReadOnlyList<ILwm2mContentCodec> All { get; } =
    [
        SenmlJsonCodec.Instance,
        SenmlEtchJsonCodec.Instance,
        OmaJsonCodec.Instance,
        OmaJsonCodec.Legacy,
    ];

    private static readonly FrozenDictionary<int, ILwm2mContentCodec> ByFormat = All.ToFrozenDictionary(c => c.ContentFormat);

    public static bool TryGet(int contentFormat, out ILwm2mContentCodec codec) => ByFormat.TryGetValue(contentFormat, out codec!);
}
