using System.Collections.Immutable;
using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m.Content.Cbor;

namespace Harness.Protocol.Lwm2m.Content.SenmlCbor;

/// <summary>
/// SenML-ETCH CBOR (application/senml-etch+cbor, Content-Format 322; RFC 8790), the Write-Composite
/// payload (OMA TS Core §6.3.5.x). A record with a value writes it; a record without one removes its path.
/// <see cref="Decode"/> gives the writes only; <see cref="DecodeWrite"/> gives writes and removals.
/// </summary>
public sealed class SenmlEtchCborCodec : ILwm2mContentCodec
{
    private const string RemovalClause = "RFC 8790 §5 (a record without value removes the resource); OMA-TS-LightweightM2M_Core §7.4.5";

    public static SenmlEtchCborCodec Instance { get; } = new();

    public int ContentFormat => Coap.ContentFormat.SenmlEtchCbor;

    public string Name => "SenML-ETCH CBOR";

    public Lwm2mDecodeResult Decode(ReadOnlyMemory<byte> payload, Lwm2mCodecContext context)
    {
        var result = DecodeWrite(payload, context);
        return new Lwm2mDecodeResult(result.Write?.Writes, result.Errors);
    }

    public static Lwm2mCompositeWriteDecodeResult DecodeWrite(ReadOnlyMemory<byte> payload, Lwm2mCodecContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var errors = new DecodeErrors(context.Mode);
        var entries = SenmlCborCodec.ReadEntries(payload, errors);
        if (entries is null)
        {
            return new Lwm2mCompositeWriteDecodeResult(null, errors.ForResult());
        }

        var leaves = new List<WireLeaf>(entries.Count);
        var removals = ImmutableArray.CreateBuilder<Lwm2mPath>();
        foreach (var (path, value, offset) in entries)
        {
            if (value is { } v)
            {
                leaves.Add(new WireLeaf(path, v, offset));
            }
            else if (!path.StartsWith(context.RequestPath) || path.IsRoot)
            {
                errors.Add(ContentRuleIds.PathOutsideRequest, $"the removal of {path} lies outside the request path {context.RequestPath}", offset, RemovalClause);
            }
            else
            {
                removals.Add(path);
            }
        }

        var writes = LeafTreeBuilder.Build(leaves, context, SenmlClauses.Meaning, objlnkAsText: false, errors);
        var rejected = context.Mode == CoapDecodeMode.Strict && errors.HasMust;
        return new Lwm2mCompositeWriteDecodeResult(rejected ? null : new Lwm2mCompositeWrite(writes, removals.ToImmutable()), errors.ForResult());
    }

    public byte[] Encode(Lwm2mContent content, Lwm2mCodecContext context) => SenmlCborCodec.Instance.Encode(content, context);

    /// <summary>Writes as composite records (full names), then one name-only record per removal.</summary>
    public static byte[] EncodeWrite(Lwm2mCompositeWrite write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var records = SenmlEncoding.Records(write.Writes, Lwm2mPath.Root);
        records.AddRange(write.Removals.Select(p => new SenmlRecord { Name = p.ToString() }));
        return SenmlCborWriter.Write(records);
    }

    public string Render(ReadOnlyMemory<byte> payload) => SenmlRender.Render(payload);
}
