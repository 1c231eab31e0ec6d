using Harness.Protocol.Links;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Messages;
using Harness.Protocol.Lwm2m.Model;
using Harness.Protocol.Lwm2m.Nodes;

namespace Harness.Runtime.Peers.Client;

/// <summary>Links the client publishes: the Register/Update object list (§6.2.1) and Discover (§6.3.2).</summary>
public sealed partial class ClientObjectStore
{
    /// <summary>
    /// The "Objects and Object Instances" of a Register or Update for <paramref name="lwm2mVersion"/>: one
    /// link per instance, or per object when it has none. Security (0) and OSCORE (21) are left out: only
    /// the Bootstrap-Server may see them. From 1.1, an object whose version is not 1.0 gets a link of its
    /// own with <c>ver</c> before its instances (1.0 has no <c>ver</c>).
    /// </summary>
    public ObjectLinks RegistrationLinks(VersionNumber lwm2mVersion, RegistrationLinkOptions? options = null)
    {
        options ??= new RegistrationLinkOptions();
        var links = new List<ObjectLink>();
        lock (gate)
        {
            foreach (var (id, definition) in definitions)
            {
                if (ProtectedObjects.Contains(id))
                {
                    continue;
                }

                var obj = objects[id];
                bool stateVersion = lwm2mVersion >= Lwm2mVersions.V11 && IsVersionWorthStating(definition);
                if (stateVersion || obj.Instances.IsEmpty)
                {
                    links.Add(ObjectLink.Of(new Lwm2mPath(id), stateVersion ? definition.Version : null));
                }

                links.AddRange(obj.Instances.Select(i => ObjectLink.Of(new Lwm2mPath(id, i.Id))));
            }
        }

        var formats = lwm2mVersion >= Lwm2mVersions.V11 ? options.ContentFormats : [];
        return new ObjectLinks(links, options.AlternatePath, formats);
    }

    /// <summary>The Register/Update payload bytes (application/link-format).</summary>
    public byte[] RegistrationPayload(VersionNumber lwm2mVersion, RegistrationLinkOptions? options = null) =>
        RegistrationLinks(lwm2mVersion, options).ToPayload();

    /// <summary>
    /// Discover (OMA TS Core §6.3.2, 1.1 rules): an object lists itself (with <c>ver</c> when not 1.0), its
    /// instances and their resources; an instance lists itself and its resources; a resource lists itself
    /// with the attributes in force there, inherited ones included. Each link carries the attributes written
    /// at its level, and multiple resources their <c>dim</c>.
    /// </summary>
    public ClientOperationResult Discover(Lwm2mPath path)
    {
        lock (gate)
        {
            if (Reach(path) is { } refused)
            {
                return refused;
            }

            if (path.IsResourceInstance)
            {
                return ClientOperationResult.MethodNotAllowed("Discover targets an object, an instance or a resource");
            }

            var definition = definitions[path[0]];
            var obj = objects[path[0]];
            if (!path.IsObject && !obj.TryFind(path, out _) && !IsImplementedExecutable(path))
            {
                return ClientOperationResult.NotFound($"{path} does not exist");
            }

            var links = new List<Link>();
            if (path.IsObject)
            {
                var link = new Link(path.ToString());
                links.Add(WithAttributes(IsVersionWorthStating(definition) ? link.With(LwM2mLinkAttributes.Version, definition.Version.ToString()) : link, attributes.GetValueOrDefault(path)));
                foreach (var instance in obj.Instances)
                {
                    AddInstanceLinks(links, path.Child(instance.Id), instance);
                }
            }
            else if (path.IsObjectInstance)
            {
                AddInstanceLinks(links, path, obj.Instance(path[1]));
            }
            else
            {
                obj.Instance(path[1]).TryGetResource(path[2], out var resource);
                links.Add(ResourceLink(path, resource, InheritedAttributes(path)));
            }

            return ClientOperationResult.Success with { Links = links };
        }
    }

    private void AddInstanceLinks(List<Link> links, Lwm2mPath instancePath, Lwm2mObjectInstance instance)
    {
        links.Add(WithAttributes(new Link(instancePath.ToString()), attributes.GetValueOrDefault(instancePath)));
        var ids = instance.Resources.Select(r => r.Id).Union(actions.Keys.Where(p => p.Parent == instancePath).Select(p => p[2])).Order();
        foreach (var id in ids)
        {
            instance.TryGetResource(id, out var resource);
            var path = instancePath.Child(id);
            links.Add(ResourceLink(path, resource, attributes.GetValueOrDefault(path)));
        }
    }

    private static Link ResourceLink(Lwm2mPath path, Lwm2mResource? resource, NotificationAttributes? own)
    {
        var link = new Link(path.ToString());
        if (resource is Lwm2mMultipleResource multiple)
        {
            link = link.With(LwM2mLinkAttributes.Dimension, multiple.Instances.Length);
        }

        return WithAttributes(link, own);
    }
}
