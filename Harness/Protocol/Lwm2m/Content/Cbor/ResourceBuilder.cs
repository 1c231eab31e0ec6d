using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m.Nodes;
using Harness.Protocol.Lwm2m.Values;

namespace Harness.Protocol.Lwm2m.Content.Cbor;

/// <summary>One resource from the sorted leaves that name it: level and type checked against the model.</summary>
internal static class ResourceBuilder
{
    public static Lwm2mResource? Build(
        ReadOnlySpan<WireLeaf> sorted, int start, int end, Lwm2mPath request, ObjectLookup lookup, string clause, bool objlnkAsText, DecodeErrors errors)
    {
        ref readonly var first = ref sorted[start];
        var path = first.Path.Truncate(3);
        var definition = lookup.Resource(path, out var objectKnown);
        if (definition is { DataType: Lwm2mDataType.None })
        {
            errors.Add(ContentRuleIds.ResourceExecutable, $"{path} is executable and has no value, yet the payload gives it one", first.Offset, clause);
            return null;
        }

        if (objectKnown && definition is null)
        {
            errors.Add(ContentRuleIds.ResourceUnknown, $"{path}: object {path[0]} defines no resource {path[2]}; its type is taken from the wire", first.Offset, clause, RequirementLevel.Should);
        }

        var multiple = definition?.IsMultiple ?? first.Path.Length == 4;
        var type = definition?.DataType ?? WireValueTyping.Infer(first.Value);
        // Leaves are sorted and duplicates skipped, so instances come in id order, unique, all of one type.
        var instances = multiple ? new Lwm2mResourceInstance[end - start] : null;
        var count = 0;
        Lwm2mValue? single = null;
        for (var i = start; i < end; i++)
        {
            ref readonly var leaf = ref sorted[i];
            if (i > start && leaf.Path == sorted[i - 1].Path)
            {
                errors.Add(ContentRuleIds.PathDuplicate, $"{leaf.Path} occurs twice", leaf.Offset, clause);
                continue;
            }

            if (leaf.Path.IsResourceInstance != multiple)
            {
                errors.Add(ContentRuleIds.PathLevel, LevelMessage(leaf.Path, multiple, definition is not null), leaf.Offset, clause);
                continue;
            }

            if (!leaf.Path.StartsWith(request))
            {
                errors.Add(ContentRuleIds.PathOutsideRequest, $"{leaf.Path} lies outside the request path {request}", leaf.Offset, clause);
                continue;
            }

            var problem = WireValueTyping.TryType(leaf.Value, type, objlnkAsText, out var value);
            if (problem is { } p)
            {
                errors.Add(p.Rule, $"{leaf.Path}: {p.Message}", leaf.Offset, clause);
                continue;
            }

            if (multiple)
            {
                instances![count++] = new Lwm2mResourceInstance(leaf.Path[3], value!);
            }
            else if (single is null)
            {
                single = value;
            }
        }

        if (multiple && count < instances!.Length)
        {
            Array.Resize(ref instances, count);
        }

        return multiple ? Lwm2mMultipleResource.FromSorted(path[2], instances!)
            : single is null ? null
            : new Lwm2mSingleResource(path[2], single);
    }

    private static string LevelMessage(Lwm2mPath path, bool multiple, bool modelSays) => (multiple, modelSays) switch
    {
        (true, true) => $"{path.Truncate(3)} is a multiple-instance resource, so its values need resource instance paths, not {path}",
        (false, true) => $"{path.Truncate(3)} is a single-instance resource, so it has no resource instance {path}",
        _ => $"{path} mixes a resource value and resource instance values for {path.Truncate(3)}",
    };
}
