using Harness.Protocol.Lwm2m.Nodes;

namespace Harness.Protocol.Lwm2m.Content.Tlv;

/// <summary>
/// Meaning tier, writing side: a node at the request path to TLV bytes, in the shape the specification
/// prints: /O gives Object Instance TLVs, /O/I the resources without a wrapper, /O/I/R one Resource or
/// Multiple Resource TLV, /O/I/R/RI one Resource Instance TLV. Widths are minimal: 8-bit identifiers up to
/// 255, lengths in bits 2-0 up to 7, then the shortest length field; values as <see cref="TlvValueWriter"/> says.
/// </summary>
internal static class TlvContentEncoder
{
    public static byte[] Encode(Lwm2mContent content, Lwm2mCodecContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var node = TlvEncodeTarget.Resolve(content, context.RequestPath);
        var buffer = new byte[TopLength(node)];
        int written = node switch
        {
            Lwm2mObject obj => WriteInstances(obj, buffer),
            Lwm2mObjectInstance instance => WriteResources(instance, buffer),
            Lwm2mResource resource => WriteResource(resource, buffer),
            Lwm2mResourceInstance instance => WriteResourceInstance(instance, buffer),
            _ => throw new ArgumentException($"No TLV form for {node}", nameof(content)),
        };
        return written == buffer.Length ? buffer : throw new InvalidOperationException("TLV length computation and writing disagree");
    }

    private static int TopLength(Lwm2mNode node) => node switch
    {
        Lwm2mObject obj => obj.Instances.Sum(InstanceLength),
        Lwm2mObjectInstance instance => ResourcesLength(instance),
        Lwm2mResource resource => ResourceLength(resource),
        Lwm2mResourceInstance instance => ResourceInstanceLength(instance),
        _ => throw new ArgumentException($"No TLV form for {node}", nameof(node)),
    };

    private static int InstanceLength(Lwm2mObjectInstance instance) =>
        TlvHeaderWriter.RecordLength(instance.Id, ResourcesLength(instance));

    private static int ResourcesLength(Lwm2mObjectInstance instance)
    {
        int length = 0;
        foreach (var resource in instance.Resources)
        {
            length += ResourceLength(resource);
        }

        return length;
    }

    private static int ResourceLength(Lwm2mResource resource) => resource switch
    {
        Lwm2mSingleResource single => TlvHeaderWriter.RecordLength(single.Id, TlvValueWriter.Length(single.Value)),
        Lwm2mMultipleResource multiple => TlvHeaderWriter.RecordLength(multiple.Id, InstancesLength(multiple)),
        _ => throw new ArgumentException($"No TLV form for {resource}", nameof(resource)),
    };

    private static int InstancesLength(Lwm2mMultipleResource resource)
    {
        int length = 0;
        foreach (var instance in resource.Instances)
        {
            length += ResourceInstanceLength(instance);
        }

        return length;
    }

    private static int ResourceInstanceLength(Lwm2mResourceInstance instance) =>
        TlvHeaderWriter.RecordLength(instance.Id, TlvValueWriter.Length(instance.Value));

    private static int WriteInstances(Lwm2mObject obj, Span<byte> destination)
    {
        int at = 0;
        foreach (var instance in obj.Instances)
        {
            at += TlvHeaderWriter.Write(destination[at..], TlvIdentifierType.ObjectInstance, instance.Id, ResourcesLength(instance));
            at += WriteResources(instance, destination[at..]);
        }

        return at;
    }

    private static int WriteResources(Lwm2mObjectInstance instance, Span<byte> destination)
    {
        int at = 0;
        foreach (var resource in instance.Resources)
        {
            at += WriteResource(resource, destination[at..]);
        }

        return at;
    }

    private static int WriteResource(Lwm2mResource resource, Span<byte> destination)
    {
        if (resource is Lwm2mSingleResource single)
        {
            int header = TlvHeaderWriter.Write(destination, TlvIdentifierType.ResourceWithValue, single.Id, TlvValueWriter.Length(single.Value));
            return header + TlvValueWriter.Write(single.Value, destination[header..]);
        }

        var multiple = (Lwm2mMultipleResource)resource;
        int at = TlvHeaderWriter.Write(destination, TlvIdentifierType.MultipleResource, multiple.Id, InstancesLength(multiple));
        foreach (var instance in multiple.Instances)
        {
            at += WriteResourceInstance(instance, destination[at..]);
        }

        return at;
    }

    private static int WriteResourceInstance(Lwm2mResourceInstance instance, Span<byte> destination)
    {
        int header = TlvHeaderWriter.Write(destination, TlvIdentifierType.ResourceInstance, instance.Id, TlvValueWriter.Length(instance.Value));
        return header + TlvValueWriter.Write(instance.Value, destination[header..]);
    }
}
