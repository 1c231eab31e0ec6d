using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m.Content.Cbor;

namespace Harness.Protocol.Lwm2m.Content.Lwm2mCbor;

/// <summary>
/// LwM2M CBOR (application/vnd.oma.lwm2m+cbor, Content-Format 11544; OMA TS Core 1.2 §7.4.6): nested maps
/// keyed by ids from the Object level down, with arrays of ids as keys to skip levels. Syntax tier:
/// <see cref="Lwm2mCborReader"/> and <see cref="Lwm2mCborWriter"/>; meaning tier: the shared model-typed tree.
/// Objlnk values are text "objectId:instanceId", so text is typed String, Corelnk or Objlnk by the model.
/// </summary>
public sealed class Lwm2mCborCodec : ILwm2mContentCodec
{
    public static Lwm2mCborCodec Instance { get; } = new();

    public int ContentFormat => Coap.ContentFormat.LwM2mCbor;

    public string Name => "LwM2M CBOR";

    public Lwm2mDecodeResult Decode(ReadOnlyMemory<byte> payload, Lwm2mCodecContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var errors = new DecodeErrors(context.Mode);
        var leaves = ScratchList<WireLeaf>.Rent();
        var result = Lwm2mCborReader.Read(payload, errors, leaves) && !(context.Mode == CoapDecodeMode.Strict && errors.HasMust)
            ? errors.ToResult(LeafTreeBuilder.Build(leaves, context, Lwm2mCborClauses.Meaning, objlnkAsText: true, errors))
            : errors.ToResult(null);
        ScratchList<WireLeaf>.Return(leaves);
        return result;
    }

    public byte[] Encode(Lwm2mContent content, Lwm2mCodecContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Lwm2mCborWriter.Write(ContentLeaves.Flatten(content, context.RequestPath));
    }

    /// <summary>Diagnostic notation, then any syntax findings; never throws.</summary>
    public string Render(ReadOnlyMemory<byte> payload)
    {
        var text = CborDiagnosticNotation.Render(payload);
        var errors = new DecodeErrors(CoapDecodeMode.Lax);
        Lwm2mCborReader.Read(payload, errors, []);
        return errors.All.Count == 0 ? text : text + string.Concat(errors.All.Select(e => "\n  finding: " + e));
    }
}
