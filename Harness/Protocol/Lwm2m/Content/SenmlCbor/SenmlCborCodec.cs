using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m.Content.Cbor;

namespace Harness.Protocol.Lwm2m.Content.SenmlCbor;

/// <summary>
/// SenML CBOR (application/senml+cbor, Content-Format 112; RFC 8428 §6, OMA TS Core §7.4.5). Syntax tier:
/// <see cref="SenmlCborReader"/> and <see cref="SenmlCborWriter"/>; meaning tier: base-name resolution to
/// paths, then the model-typed tree. Read-Composite requests carry names only: see <see cref="DecodePaths"/>.
/// </summary>
public sealed class SenmlCborCodec : ILwm2mContentCodec
{
    public static SenmlCborCodec Instance { get; } = new();

    public int ContentFormat => Coap.ContentFormat.SenmlCbor;

    public string Name => "SenML CBOR";

    public Lwm2mDecodeResult Decode(ReadOnlyMemory<byte> payload, Lwm2mCodecContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var leaves = ScratchList<WireLeaf>.Rent();
        var result = Decode(payload, context, leaves);
        ScratchList<WireLeaf>.Return(leaves);
        return result;
    }

    public byte[] Encode(Lwm2mContent content, Lwm2mCodecContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return SenmlCborWriter.Write(SenmlEncoding.Records(content, context.RequestPath));
    }

    public string Render(ReadOnlyMemory<byte> payload) => SenmlRender.Render(payload);

    /// <summary>
    /// The paths of a Read-Composite or Observe-Composite request: records with names and no values
    /// (a value is a Should-level finding). The root "/" is a valid name here.
    /// </summary>
    public static Lwm2mPathListDecodeResult DecodePaths(ReadOnlyMemory<byte> payload, CoapDecodeMode mode = CoapDecodeMode.Strict)
    {
        var errors = new DecodeErrors(mode);
        var entries = ReadEntries(payload, errors);
        var paths = new List<Lwm2mPath>();
        foreach (var (path, value, offset) in entries ?? [])
        {
            if (value is not null)
            {
                errors.Add(SenmlCborRuleIds.RequestValue, $"the request record for {path} carries a value", offset, SenmlClauses.CompositeRequest, RequirementLevel.Should);
            }

            paths.Add(path);
        }

        var rejected = entries is null || (mode == CoapDecodeMode.Strict && errors.HasMust);
        return new Lwm2mPathListDecodeResult(rejected ? null : paths, errors.ForResult());
    }

    /// <summary>A Read-Composite request payload: one record per path, each with the full path as its name.</summary>
    public static byte[] EncodePaths(IEnumerable<Lwm2mPath> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return SenmlCborWriter.Write([.. paths.Select(p => new SenmlRecord { Name = p.ToString() })]);
    }

    private static Lwm2mDecodeResult Decode(ReadOnlyMemory<byte> payload, Lwm2mCodecContext context, List<WireLeaf> leaves)
    {
        var errors = new DecodeErrors(context.Mode);
        var sink = new LeafSink(leaves, errors);
        if (!SenmlCborReader.ReadInto(payload, errors, ref sink) || Rejected(errors))
        {
            return errors.ToResult(null);
        }

        if (sink.Valueless is { } valueless)
        {
            foreach (var (path, offset) in valueless)
            {
                errors.Add(SenmlCborRuleIds.ValueMissing, $"the record for {path} has no value field", offset, SenmlClauses.Values);
            }
        }

        if (Rejected(errors))
        {
            return errors.ToResult(null);
        }

        var content = LeafTreeBuilder.Build(leaves, context, SenmlClauses.Meaning, objlnkAsText: false, errors);
        return errors.ToResult(content);
    }

    internal static List<SenmlEntry>? ReadEntries(ReadOnlyMemory<byte> payload, DecodeErrors errors)
    {
        var sink = new EntrySink([], errors);
        return SenmlCborReader.ReadInto(payload, errors, ref sink) && !Rejected(errors) ? sink.Entries : null;
    }

    private static bool Rejected(DecodeErrors errors) => errors.Mode == CoapDecodeMode.Strict && errors.HasMust;
}
