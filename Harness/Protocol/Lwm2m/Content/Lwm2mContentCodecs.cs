using System.Diagnostics.CodeAnalysis;
using Harness.Protocol.Lwm2m.Content.Lwm2mCbor;
using Harness.Protocol.Lwm2m.Content.SenmlCbor;

namespace Harness.Protocol.Lwm2m.Content;

/// <summary>Every LwM2M content codec the suite has, found by Content-Format number.</summary>
public static class Lwm2mContentCodecs
{
    public static IReadOnlyList<ILwm2mContentCodec> All { get; } =
    [
        SenmlCborCodec.Instance,
        SenmlEtchCborCodec.Instance,
        Lwm2mCborCodec.Instance,
    ];

    public static bool TryGet(int contentFormat, [MaybeNullWhen(false)] out ILwm2mContentCodec codec)
    {
        codec = All.FirstOrDefault(c => c.ContentFormat == contentFormat);
        return codec is not null;
    }
}
