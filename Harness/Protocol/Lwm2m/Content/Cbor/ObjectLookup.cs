using Harness.Protocol.Lwm2m.Model;

namespace Harness.Protocol.Lwm2m.Content.Cbor;

/// <summary>
/// Resource definitions for one decode. Leaves arrive sorted, so the object changes rarely: the last
/// object's definition is kept. The object version is the newest written for the context's LwM2M version,
/// else the newest known.
/// </summary>
internal sealed class ObjectLookup(Lwm2mCodecContext context)
{
    private int _objectId = -1;
    private ObjectDefinition? _definition;

    public ResourceDefinition? Resource(Lwm2mPath path, out bool objectKnown)
    {
        if (path[0] != _objectId)
        {
            _objectId = path[0];
            _ = context.Model.TryGetLatest(_objectId, context.Lwm2mVersion, out _definition)
                || context.Model.TryGetLatest(_objectId, out _definition);
        }

        objectKnown = _definition is not null;
        return _definition is not null && _definition.TryGetResource(path[2], out var resource) ? resource : null;
    }
}
