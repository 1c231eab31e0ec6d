using System.Diagnostics.CodeAnalysis;
using Harness.Protocol.Lwm2m.Model;

namespace Harness.Protocol.Lwm2m.Content.SenmlJson;

/// <summary>
/// Resource definitions for one decode: the latest object version written for the context's LwM2M version
/// (or any version when none is), remembered per object since records of one object come together.
/// </summary>
internal sealed class SenmlModelLookup
{
    private readonly Lwm2mCodecContext _context;
    private int _objectId = -1;
    private ObjectDefinition? _object;

    public SenmlModelLookup(Lwm2mCodecContext context) => _context = context;

    public bool TryGetResource(Lwm2mPath path, [NotNullWhen(true)] out ResourceDefinition? definition)
    {
        definition = null;
        return path.Length >= 3 && TryGetObject(path[0], out var obj) && obj.TryGetResource(path[2], out definition);
    }

    /// <summary>True when the model defines <paramref name="path"/> (a resource) as multiple-instance.</summary>
    public bool IsMultiple(Lwm2mPath path) => TryGetResource(path, out var definition) && definition.IsMultiple;

    private bool TryGetObject(int objectId, [NotNullWhen(true)] out ObjectDefinition? definition)
    {
        if (objectId != _objectId)
        {
            _objectId = objectId;
            _object = _context.Model.TryGetLatest(objectId, _context.Lwm2mVersion, out var forVersion) ? forVersion
                : _context.Model.TryGetLatest(objectId, out var any) ? any : null;
        }

        definition = _object;
        return definition is not null;
    }
}
