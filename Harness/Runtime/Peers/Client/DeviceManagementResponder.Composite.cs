using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Content;
using Harness.Protocol.Lwm2m.Content.SenmlCbor;
using Harness.Protocol.Lwm2m.Content.SenmlJson;
using Harness.Protocol.Lwm2m.Messages;
using Harness.Runtime.Coap;

namespace Harness.Runtime.Peers.Client;

/// <summary>Read-Composite, Observe-Composite (FETCH) and Write-Composite (iPATCH) on the root (OMA TS Core §6.3.7, §6.3.9, §6.4.3).</summary>
public sealed partial class DeviceManagementResponder
{
    private CoapMessage ReadComposite(ReadOnlyMemory<byte> payload, int contentFormat, int? accept)
    {
        if (DecodePaths(payload, contentFormat, out var paths) is { } refused)
        {
            return refused;
        }

        return ReadComposite(paths!, accept ?? AnswerFormat(contentFormat));
    }

    private CoapMessage ObserveComposite(CoapIncomingRequest request, ReadOnlyMemory<byte> payload, int contentFormat, int? accept)
    {
        if (DecodePaths(payload, contentFormat, out var paths) is { } refused)
        {
            return refused;
        }

        var response = ReadComposite(paths!, accept ?? AnswerFormat(contentFormat));
        return response.Code == CoapCode.Content ? Register(request, paths!, composite: true, accept, AnswerFormat(contentFormat), response) : response;
    }

    /// <summary>Each path read in turn; paths that do not exist are left out, a path inside another one is read once.</summary>
    private CoapMessage ReadComposite(IReadOnlyList<Lwm2mPath> paths, int format)
    {
        var entries = new List<Lwm2mContentEntry>();
        var distinct = paths.Distinct().Order().ToList();
        foreach (var path in distinct.Where(p => !distinct.Any(other => other.IsAncestorOf(p))))
        {
            var result = Store.Read(path);
            if (result.IsSuccess)
            {
                entries.AddRange(result.Content!.Entries);
            }
            else if (result.Status != ClientOperationStatus.NotFound)
            {
                return Failure(result);
            }
        }

        return Encode(new Lwm2mContent(entries), Lwm2mPath.Root, format);
    }

    private CoapMessage WriteComposite(ReadOnlyMemory<byte> payload, int contentFormat)
    {
        var context = ContextFor(Lwm2mPath.Root);
        Lwm2mContent? writes;
        int removals = 0;
        switch (Lwm2mContentCodecs.RegisteredNumber(contentFormat))
        {
            case ContentFormat.SenmlEtchJson:
                var patch = SenmlEtchJsonCodec.DecodePatch(payload, context);
                writes = patch.IsValid ? patch.Patch!.Writes : null;
                removals = patch.Patch?.Removals.Length ?? 0;
                if (writes is null)
                {
                    return Lwm2mResponses.BadRequest($"SenML-ETCH JSON payload: {FirstError(patch.Errors)}");
                }

                break;
            case ContentFormat.SenmlEtchCbor:
                var write = SenmlEtchCborCodec.DecodeWrite(payload, context);
                writes = write.IsValid ? write.Write!.Writes : null;
                removals = write.Write?.Removals.Length ?? 0;
                if (writes is null)
                {
                    return Lwm2mResponses.BadRequest($"SenML-ETCH CBOR payload: {FirstError(write.Errors)}");
                }

                break;
            default:
                if (Decode(payload, contentFormat, Lwm2mPath.Root, out writes) is { } refused)
                {
                    return refused;
                }

                break;
        }

        if (removals > 0)
        {
            return Lwm2mResponses.BadRequest("Write-Composite removals (null values) are not supported by this client");
        }

        return ToResponse(Store.WriteComposite(writes!), Lwm2mResponses.Changed);
    }

    /// <summary>The path list of a Read-Composite or Observe-Composite: SenML (or SenML-ETCH) JSON or CBOR names only.</summary>
    private static CoapMessage? DecodePaths(ReadOnlyMemory<byte> payload, int contentFormat, out IReadOnlyList<Lwm2mPath>? paths)
    {
        paths = null;
        (IReadOnlyList<Lwm2mPath>? Paths, IReadOnlyList<CoapFormatError> Errors, bool Valid) decoded;
        switch (contentFormat)
        {
            case ContentFormat.SenmlJson:
            case ContentFormat.SenmlEtchJson:
                var json = SenmlJsonCodec.DecodePaths(payload);
                decoded = (json.Paths, json.Errors, json.IsValid);
                break;
            case ContentFormat.SenmlCbor:
            case ContentFormat.SenmlEtchCbor:
                var cbor = SenmlCborCodec.DecodePaths(payload);
                decoded = (cbor.Paths, cbor.Errors, cbor.IsValid);
                break;
            default:
                return Lwm2mResponses.UnsupportedContentFormat($"a composite path list in {ContentFormat.Describe(contentFormat)} is not supported");
        }

        if (!decoded.Valid)
        {
            return Lwm2mResponses.BadRequest($"composite path list: {FirstError(decoded.Errors)}");
        }

        paths = decoded.Paths;
        return null;
    }

    /// <summary>Without Accept, a composite answer comes in the request's own format family (SenML JSON or CBOR).</summary>
    private static int AnswerFormat(int requestFormat) => requestFormat switch
    {
        ContentFormat.SenmlCbor or ContentFormat.SenmlEtchCbor => ContentFormat.SenmlCbor,
        _ => ContentFormat.SenmlJson,
    };
}
