using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Nodes;

namespace Harness.Runtime.Peers.Client;

/// <summary>Create (OMA TS Core §6.3.6) and Delete (§6.3.8) of object instances by a server.</summary>
public sealed partial class ClientObjectStore
{
    /// <summary>
    /// Creates an instance of the object at <paramref name="objectPath"/> with the id given, or the lowest
    /// free id when none is. 4.00 when the id is taken, the object allows one instance and has it, or a
    /// resource does not fit its definition; the result's <see cref="ClientOperationResult.Location"/> names the instance.
    /// </summary>
    public ClientOperationResult Create(Lwm2mPath objectPath, int? instanceId, IEnumerable<Lwm2mResource> resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        Lwm2mObjectInstance instance;
        lock (gate)
        {
            if (Reach(objectPath) is { } refused)
            {
                return refused;
            }

            if (!objectPath.IsObject)
            {
                return ClientOperationResult.MethodNotAllowed($"Create targets an object, not {objectPath}");
            }

            var definition = definitions[objectPath[0]];
            var obj = objects[objectPath[0]];
            if (!definition.IsMultiple && !obj.Instances.IsEmpty)
            {
                return ClientOperationResult.BadRequest($"object {definition.Id} {definition.Name} allows one instance and has it");
            }

            int id = instanceId ?? FreeInstanceId(obj);
            if (obj.TryGetInstance(id, out _))
            {
                return ClientOperationResult.BadRequest($"{objectPath.Child(id)} already exists");
            }

            var given = resources.ToList();
            if (given.GroupBy(r => r.Id).FirstOrDefault(g => g.Count() > 1) is { } twice)
            {
                return ClientOperationResult.BadRequest($"resource {twice.Key} is given twice");
            }

            foreach (var resource in given)
            {
                if (CheckResource(definition, resource, requireWritable: false) is { } problem)
                {
                    return problem;
                }
            }

            instance = new Lwm2mObjectInstance(id, given);
            objects[objectPath[0]] = obj.With(instance);
        }

        var location = objectPath.Child(instance.Id);
        Raise([new(location, instance, ChangeOrigin.Server)]);
        return ClientOperationResult.Success with { Location = location };
    }

    /// <summary>
    /// Deletes an object instance and its attributes. 4.05 for anything but an instance, and for the
    /// instance of a mandatory single-instance object (the Device); 4.04 when it does not exist.
    /// </summary>
    public ClientOperationResult Delete(Lwm2mPath path)
    {
        lock (gate)
        {
            if (Reach(path) is { } refused)
            {
                return refused;
            }

            if (!path.IsObjectInstance)
            {
                return ClientOperationResult.MethodNotAllowed($"Delete targets an object instance, not {path}");
            }

            var definition = definitions[path[0]];
            if (!definition.IsMultiple && definition.IsMandatory)
            {
                return ClientOperationResult.MethodNotAllowed($"object {definition.Id} {definition.Name} is mandatory and single-instance");
            }

            var obj = objects[path[0]];
            if (!obj.TryGetInstance(path[1], out _))
            {
                return ClientOperationResult.NotFound($"{path} does not exist");
            }

            objects[path[0]] = obj.Without(path[1]);
            ForgetAttributesBelow(path);
        }

        Raise([new(path, null, ChangeOrigin.Server)]);
        return new ClientOperationResult(ClientOperationStatus.Success);
    }

    private static int FreeInstanceId(Lwm2mObject obj)
    {
        int id = 0;
        foreach (var instance in obj.Instances)
        {
            if (instance.Id != id)
            {
                break;
            }

            id++;
        }

        return id;
    }
}
