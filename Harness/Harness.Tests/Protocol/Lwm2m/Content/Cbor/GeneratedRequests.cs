using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Content;
using Harness.Protocol.Lwm2m.Nodes;

namespace Harness.Tests.Protocol.Lwm2m.Content.Cbor;

/// <summary>
/// Every request a generated object can answer: the object, each instance, each resource, each resource
/// instance, and a composite payload at the root with one entry per resource.
/// </summary>
internal static class GeneratedRequests
{
    public static IEnumerable<(Lwm2mPath Request, Lwm2mContent Content)> From(Lwm2mObject obj)
    {
        var objectPath = new Lwm2mPath(obj.Id);
        yield return (objectPath, Lwm2mContent.Single(objectPath, obj));
        var composite = new List<Lwm2mContentEntry>();
        foreach (var instance in obj.Instances)
        {
            var instancePath = objectPath.Child(instance.Id);
            yield return (instancePath, Lwm2mContent.Single(instancePath, instance));
            foreach (var resource in instance.Resources)
            {
                var resourcePath = instancePath.Child(resource.Id);
                composite.Add(new Lwm2mContentEntry(resourcePath, resource));
                yield return (resourcePath, Lwm2mContent.Single(resourcePath, resource));
                if (resource is Lwm2mMultipleResource multiple)
                {
                    foreach (var resourceInstance in multiple.Instances)
                    {
                        var path = resourcePath.Child(resourceInstance.Id);
                        yield return (path, Lwm2mContent.Single(path, resourceInstance));
                    }
                }
            }
        }

        yield return (Lwm2mPath.Root, new Lwm2mContent(composite));
    }
}
