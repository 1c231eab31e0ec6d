using System.Buffers;
using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m.Model;
using Harness.Protocol.Lwm2m.Nodes;

namespace Harness.Protocol.Lwm2m.Content.Tlv;

/// <summary>
/// Meaning tier of the TLV format: records, read in one pass by <see cref="TlvReader"/>, become nodes
/// typed by the object model, checked against what the request path allows at the top level. Rules are
/// judged in wire order, so strict decoding rejects with the earliest violation and lax decoding lists the
/// same violation first. This file holds the top level per request path; the records below it are in
/// TlvContentDecoder.Records.cs.
/// </summary>
internal sealed partial class TlvContentDecoder
{
    private readonly ReadOnlyMemory<byte> _payload;
    private readonly Lwm2mPath _path;
    private readonly bool _strict;
    private readonly int _objectId;
    private readonly ObjectDefinition? _object;
    private List<CoapFormatError>? _findings;
    private CoapFormatError? _rejection;

    // Children being gathered, innermost container last; pooled so a decode allocates only the tree.
    private Lwm2mNode[] _scratch;
    private int _scratchCount;

    private TlvContentDecoder(ReadOnlyMemory<byte> payload, Lwm2mCodecContext context)
    {
        _payload = payload;
        _path = context.RequestPath;
        _strict = context.Mode == CoapDecodeMode.Strict;
        _objectId = _path[0];
        _object = Lwm2mContentModel.FindObject(context, _objectId);
        _scratch = ArrayPool<Lwm2mNode>.Shared.Rent(32);
    }

    private bool Stopped => _rejection is not null;

    public static Lwm2mDecodeResult Decode(ReadOnlyMemory<byte> payload, Lwm2mCodecContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.RequestPath.IsRoot)
        {
            throw new ArgumentException("TLV carries no object ids: decode it against an object, instance, resource or resource instance path", nameof(context));
        }

        var decoder = new TlvContentDecoder(payload, context);
        var node = decoder.Run();
        ArrayPool<Lwm2mNode>.Shared.Return(decoder._scratch, clearArray: true);
        if (decoder._rejection is { } rejection)
        {
            return Lwm2mDecodeResult.Failure(rejection);
        }

        var content = node is null ? Lwm2mContent.Empty : Lwm2mContent.Single(context.RequestPath, node);
        return new Lwm2mDecodeResult(content, (IReadOnlyList<CoapFormatError>?)decoder._findings ?? []);
    }

    private Lwm2mNode? Run()
    {
        if (_object is null && !Report(TlvMeaningErrors.UnknownObject(_objectId)))
        {
            return null;
        }

        return _path.Level switch
        {
            Lwm2mPathLevel.Object => DecodeObject(),
            Lwm2mPathLevel.ObjectInstance => DecodeTopInstance(),
            Lwm2mPathLevel.Resource => DecodeTopResource(),
            _ => DecodeTopResourceInstance(),
        };
    }

    /// <summary>A read of /O: one Object Instance TLV per instance, whatever their number.</summary>
    private Lwm2mObject? DecodeObject()
    {
        int first = _scratchCount;
        var reader = new TlvReader(_payload.Span);
        CoapFormatError? error;
        while (reader.Read(out var header, out error))
        {
            if (!Screen(header, error))
            {
                if (Stopped)
                {
                    return null;
                }

                continue;
            }

            var violation = header.Type != TlvIdentifierType.ObjectInstance
                ? TlvMeaningErrors.Level(header, _path, "Object Instance TLVs")
                : Contains(first, header.Id) ? TlvMeaningErrors.DuplicateId(header, "object") : null;
            if (violation is not null)
            {
                if (!Report(violation))
                {
                    return null;
                }

                continue;
            }

            var instance = DecodeInstance(header.Id, header.ValueOffset, header.End, header);
            if (instance is null)
            {
                return null;
            }

            Push(instance);
        }

        return Report(error) ? new Lwm2mObject(_objectId, Pop<Lwm2mObjectInstance>(first)) : null;
    }

    /// <summary>A read of /O/I: the resources directly, or wrapped in one Object Instance TLV of the same id.</summary>
    private Lwm2mObjectInstance? DecodeTopInstance()
    {
        int instanceId = _path[1];
        var reader = new TlvReader(_payload.Span);
        if (!reader.Read(out var first, out var firstError) || first.Type != TlvIdentifierType.ObjectInstance)
        {
            return DecodeInstance(instanceId, 0, _payload.Length, null);
        }

        Lwm2mObjectInstance? instance = null;
        if (Screen(first, firstError))
        {
            if (first.Id != instanceId && !Report(TlvMeaningErrors.IdMismatch(first, _path)))
            {
                return null;
            }

            instance = DecodeInstance(instanceId, first.ValueOffset, first.End, first);
            if (instance is null)
            {
                return null;
            }
        }
        else if (Stopped)
        {
            return null;
        }

        CoapFormatError? error;
        while (reader.Read(out var extra, out error))
        {
            if (!Report(error) || !Report(TlvMeaningErrors.ExtraRecord(extra, _path)))
            {
                return null;
            }
        }

        return Report(error) ? instance ?? new Lwm2mObjectInstance(instanceId) : null;
    }

    /// <summary>A read of /O/I/R: one Resource TLV, or one Multiple Resource TLV whatever its number of instances.</summary>
    private Lwm2mResource? DecodeTopResource()
    {
        int instanceId = _path[1];
        int resourceId = _path[2];
        Lwm2mResource? result = null;
        bool seen = false;
        var reader = new TlvReader(_payload.Span);
        CoapFormatError? error;
        while (reader.Read(out var header, out error))
        {
            if (!Screen(header, error))
            {
                if (Stopped)
                {
                    return null;
                }

                continue;
            }

            var violation = seen ? TlvMeaningErrors.ExtraRecord(header, _path)
                : header.Type is TlvIdentifierType.ObjectInstance or TlvIdentifierType.ResourceInstance
                    ? TlvMeaningErrors.Level(header, _path, "one Resource or Multiple Resource TLV")
                    : null;
            if (violation is not null)
            {
                if (!Report(violation))
                {
                    return null;
                }

                continue;
            }

            seen = true;
            if (header.Id != resourceId && !Report(TlvMeaningErrors.IdMismatch(header, _path)))
            {
                return null;
            }

            result = header.Type == TlvIdentifierType.ResourceWithValue
                ? DecodeSingle(instanceId, resourceId, header)
                : DecodeMultiple(instanceId, resourceId, header);
            if (Stopped)
            {
                return null;
            }
        }

        return Report(error) && (seen || Report(TlvMeaningErrors.NoRecord(_path, _payload.Length))) ? result : null;
    }

    /// <summary>A read of /O/I/R/RI (LwM2M 1.1 and later): one Resource Instance TLV.</summary>
    private Lwm2mResourceInstance? DecodeTopResourceInstance()
    {
        int instanceId = _path[1];
        int resourceId = _path[2];
        int resourceInstanceId = _path[3];
        Lwm2mResourceInstance? result = null;
        bool seen = false;
        var reader = new TlvReader(_payload.Span);
        CoapFormatError? error;
        while (reader.Read(out var header, out error))
        {
            if (!Screen(header, error))
            {
                if (Stopped)
                {
                    return null;
                }

                continue;
            }

            var violation = seen ? TlvMeaningErrors.ExtraRecord(header, _path)
                : header.Type != TlvIdentifierType.ResourceInstance ? TlvMeaningErrors.Level(header, _path, "one Resource Instance TLV") : null;
            if (violation is not null)
            {
                if (!Report(violation))
                {
                    return null;
                }

                continue;
            }

            seen = true;
            if (header.Id != resourceInstanceId && !Report(TlvMeaningErrors.IdMismatch(header, _path)))
            {
                return null;
            }

            var type = Resolve(instanceId, resourceId, header, multiple: true);
            var value = Stopped ? null : ReadValue(type, header, instanceId, resourceId, resourceInstanceId);
            if (Stopped)
            {
                return null;
            }

            result = value is null ? null : new Lwm2mResourceInstance(resourceInstanceId, value);
        }

        return Report(error) && (seen || Report(TlvMeaningErrors.NoRecord(_path, _payload.Length))) ? result : null;
    }
}
