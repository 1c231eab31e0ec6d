using Harness.Protocol.Lwm2m.Model;

namespace Harness.Protocol.Lwm2m.Content;

/// <summary>How codecs find the definitions that type a payload: the newest object version written for the
/// context's LwM2M version, else the newest known version.</summary>
internal static class Lwm2mContentModel
{
    public static ObjectDefinition? FindObject(Lwm2mCodecContext context, int objectId) =>
        context.Model.TryGetLatest(objectId, context.Lwm2mVersion, out var definition)
        || context.Model.TryGetLatest(objectId, out definition)
            ? definition
            : null;

    public static ResourceDefinition? FindResource(ObjectDefinition? definition, int resourceId) =>
        definition is not null && definition.TryGetResource(resourceId, out var resource) ? resource : null;
}
