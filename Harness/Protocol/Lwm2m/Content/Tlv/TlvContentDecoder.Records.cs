using System.Buffers;
using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m.Nodes;
using Harness.Protocol.Lwm2m.Values;

namespace Harness.Protocol.Lwm2m.Content.Tlv;

/// <summary>Records below the top level: instance bodies, resources, resource instances and values.</summary>
internal sealed partial class TlvContentDecoder
{
    /// <summary>The resources of one instance from the region [start, end); null only when strict decoding stopped.</summary>
    private Lwm2mObjectInstance? DecodeInstance(int instanceId, int start, int end, TlvHeader? parent)
    {
        int first = _scratchCount;
        var reader = new TlvReader(_payload.Span, start, end);
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

            var violation = header.Type is not (TlvIdentifierType.ResourceWithValue or TlvIdentifierType.MultipleResource)
                ? parent is { } container
                    ? TlvSyntaxRules.Nesting(container, header)
                    : TlvMeaningErrors.Level(header, _path, "Resource and Multiple Resource TLVs")
                : Contains(first, header.Id) ? TlvMeaningErrors.DuplicateId(header, "instance") : null;
            if (violation is not null)
            {
                if (!Report(violation))
                {
                    return null;
                }

                continue;
            }

            Lwm2mResource? resource = header.Type == TlvIdentifierType.ResourceWithValue
                ? DecodeSingle(instanceId, header.Id, header)
                : DecodeMultiple(instanceId, header.Id, header);
            if (Stopped)
            {
                return null;
            }

            if (resource is not null)
            {
                Push(resource);
            }
        }

        return Report(error) ? new Lwm2mObjectInstance(instanceId, Pop<Lwm2mResource>(first)) : null;
    }

    private Lwm2mSingleResource? DecodeSingle(int instanceId, int resourceId, TlvHeader header)
    {
        var type = Resolve(instanceId, resourceId, header, multiple: false);
        var value = Stopped ? null : ReadValue(type, header, instanceId, resourceId, null);
        return value is null ? null : new Lwm2mSingleResource(resourceId, value);
    }

    private Lwm2mMultipleResource? DecodeMultiple(int instanceId, int resourceId, TlvHeader header)
    {
        var type = Resolve(instanceId, resourceId, header, multiple: true);
        if (Stopped)
        {
            return null;
        }

        int first = _scratchCount;
        var reader = new TlvReader(_payload.Span, header.ValueOffset, header.End);
        CoapFormatError? error;
        while (reader.Read(out var child, out error))
        {
            if (!Screen(child, error))
            {
                if (Stopped)
                {
                    return null;
                }

                continue;
            }

            var violation = child.Type != TlvIdentifierType.ResourceInstance
                ? TlvSyntaxRules.Nesting(header, child)
                : Contains(first, child.Id) ? TlvMeaningErrors.DuplicateId(child, "multiple resource") : null;
            if (violation is not null)
            {
                if (!Report(violation))
                {
                    return null;
                }

                continue;
            }

            var value = ReadValue(type, child, instanceId, resourceId, child.Id);
            if (Stopped)
            {
                return null;
            }

            if (value is not null)
            {
                Push(new Lwm2mResourceInstance(child.Id, value));
            }
        }

        return Report(error) ? new Lwm2mMultipleResource(resourceId, Pop<Lwm2mResourceInstance>(first)) : null;
    }

    /// <summary>
    /// The data type that reads the resource's values. Unknown resources and objects read as Opaque (a
    /// finding); a multiplicity other than the model's is a violation, and lax decoding keeps what the wire says.
    /// </summary>
    private Lwm2mDataType Resolve(int instanceId, int resourceId, TlvHeader header, bool multiple)
    {
        var definition = Lwm2mContentModel.FindResource(_object, resourceId);
        if (definition is null)
        {
            if (_object is not null)
            {
                Report(TlvMeaningErrors.UnknownResource(header, PathText(instanceId, resourceId, null), _object));
            }

            return Lwm2mDataType.Opaque;
        }

        if (definition.IsMultiple != multiple && !Report(TlvMeaningErrors.Multiplicity(header, PathText(instanceId, resourceId, null), definition)))
        {
            return Lwm2mDataType.Opaque;
        }

        if (definition.DataType == Lwm2mDataType.None)
        {
            Report(TlvMeaningErrors.Executable(header, PathText(instanceId, resourceId, null), definition));
            return Lwm2mDataType.Opaque;
        }

        return definition.DataType;
    }

    private Lwm2mValue? ReadValue(Lwm2mDataType type, TlvHeader header, int instanceId, int resourceId, int? resourceInstanceId)
    {
        var bytes = _payload.Span.Slice(header.ValueOffset, header.ValueLength);
        var value = TlvValueReader.Read(type, bytes, out var problem);
        if (problem != TlvValueProblem.None)
        {
            Report(TlvMeaningErrors.Value(problem, header, PathText(instanceId, resourceId, resourceInstanceId), type, bytes));
        }

        return value;
    }

    /// <summary>Reports what a header breaks on its own; false when the record is to be skipped or decoding stopped.</summary>
    private bool Screen(TlvHeader header, CoapFormatError? error)
    {
        if (!Report(error) || (header.HasIgnoredLengthBits && !Report(TlvSyntaxRules.IgnoredLengthBits(header))))
        {
            return false;
        }

        if (header.Id == 0xFFFF)
        {
            Report(TlvMeaningErrors.ReservedId(header));
            return false;
        }

        return true;
    }

    /// <summary>Strict decoding stops at the first Must violation; everything else is kept. False once stopped.</summary>
    private bool Report(CoapFormatError? error)
    {
        if (error is null)
        {
            return true;
        }

        if (_rejection is not null)
        {
            return false;
        }

        if (_strict && error.Level == RequirementLevel.Must)
        {
            _rejection = error;
            return false;
        }

        (_findings ??= []).Add(error);
        return true;
    }

    private string PathText(int instanceId, int resourceId, int? resourceInstanceId) => resourceInstanceId is { } id
        ? $"/{_objectId}/{instanceId}/{resourceId}/{id}"
        : $"/{_objectId}/{instanceId}/{resourceId}";

    private void Push(Lwm2mNode node)
    {
        if (_scratchCount == _scratch.Length)
        {
            var larger = ArrayPool<Lwm2mNode>.Shared.Rent(_scratch.Length * 2);
            _scratch.AsSpan(0, _scratchCount).CopyTo(larger);
            ArrayPool<Lwm2mNode>.Shared.Return(_scratch, clearArray: true);
            _scratch = larger;
        }

        _scratch[_scratchCount++] = node;
    }

    /// <summary>True when a child gathered since <paramref name="first"/> has <paramref name="id"/>.</summary>
    private bool Contains(int first, int id)
    {
        for (int i = first; i < _scratchCount; i++)
        {
            if (_scratch[i].Id == id)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The children gathered since <paramref name="first"/>, removed from the scratch.</summary>
    private T[] Pop<T>(int first)
        where T : Lwm2mNode
    {
        var children = new T[_scratchCount - first];
        for (int i = 0; i < children.Length; i++)
        {
            children[i] = (T)_scratch[first + i];
        }

        _scratch.AsSpan(first, children.Length).Clear();
        _scratchCount = first;
        return children;
    }
}
