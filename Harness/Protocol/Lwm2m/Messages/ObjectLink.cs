using Harness.Protocol.Links;
using Harness.Protocol.Lwm2m.Model;

namespace Harness.Protocol.Lwm2m.Messages;

/// <summary>
/// One entry of the "Objects and Object Instances" payload: an object (/3) or object instance (/3/0),
/// with the object version from <c>ver</c> when the client states one, and the link as sent.
/// </summary>
public sealed record ObjectLink(Lwm2mPath Path, VersionNumber? Version, Link Link)
{
    public static ObjectLink Of(Lwm2mPath path, VersionNumber? version = null)
    {
        var link = new Link(path.ToString());
        return new ObjectLink(path, version, version is { } v ? link.With(LwM2mLinkAttributes.Version, v.ToString()) : link);
    }

    public int ObjectId => Path.ObjectId ?? throw new InvalidOperationException("An object link always names an object");

    public override string ToString() => Link.ToString();
}
