using Harness.Protocol.Coap;
using Harness.Protocol.Links;
using Harness.Protocol.Lwm2m.Model;

namespace Harness.Protocol.Lwm2m.Messages;

/// <summary>
/// The Register/Update payload read into objects, versions and instances: an optional root link
/// (<c>&lt;/path&gt;;rt="oma.lwm2m"</c>, the alternate path and supported content formats) and one
/// <see cref="ObjectLink"/> per object or object instance.
/// </summary>
public sealed class ObjectLinks
{
    public const string RootResourceType = "oma.lwm2m";

    public ObjectLinks(IEnumerable<ObjectLink> links, string? alternatePath = null, IEnumerable<int>? contentFormats = null)
    {
        ArgumentNullException.ThrowIfNull(links);
        Links = [.. links];
        AlternatePath = alternatePath;
        ContentFormats = [.. contentFormats ?? []];
    }

    public IReadOnlyList<ObjectLink> Links { get; }

    /// <summary>The path under which the client's objects live, when it is not the root ("/lwm2m").</summary>
    public string? AlternatePath { get; }

    /// <summary>Content formats the root link announces in <c>ct</c>.</summary>
    public IReadOnlyList<int> ContentFormats { get; }

    public IEnumerable<int> ObjectIds => Links.Select(l => l.ObjectId).Distinct();

    /// <summary>"&lt;/1/0&gt;,&lt;/3/0&gt;" style text: objects and instances, no root link.</summary>
    public static ObjectLinks Of(params IEnumerable<string> paths) => new(paths.Select(p => ObjectLink.Of(Lwm2mPath.Parse(p))));

    public VersionNumber? VersionOf(int objectId) => Links.FirstOrDefault(l => l.ObjectId == objectId && l.Version is not null)?.Version;

    public IReadOnlyList<int> InstancesOf(int objectId) =>
        [.. Links.Where(l => l.ObjectId == objectId && l.Path.IsObjectInstance).Select(l => l.Path.ObjectInstanceId!.Value)];

    public IEnumerable<Link> ToLinks()
    {
        if (AlternatePath is not null || ContentFormats.Count > 0)
        {
            var root = new Link(AlternatePath ?? "/").WithQuoted(LwM2mLinkAttributes.ResourceType, RootResourceType);
            yield return ContentFormats.Count == 0 ? root : root.WithQuoted(LwM2mLinkAttributes.ContentType, string.Join(' ', ContentFormats));
        }

        foreach (var link in Links)
        {
            yield return link.Link;
        }
    }

    public byte[] ToPayload() => LinkFormatWriter.WriteUtf8(ToLinks());

    /// <summary>Reads a payload strictly: link-format errors come from the link parser; then each target must be an object or instance path.</summary>
    public static Lwm2mParseResult<ObjectLinks> Parse(ReadOnlyMemory<byte> payload)
    {
        const string Operation = "Objects and Object Instances payload";
        var parsed = LinkFormatParser.Parse(payload, CoapDecodeMode.Strict);
        if (!parsed.IsValid)
        {
            var error = parsed.FirstError!;
            return Lwm2mParseResult<ObjectLinks>.Failure(Operation, [new("payload", $"malformed link-format at byte {error.Offset}: {error.Message} [{error.Rule}]", error.Clause)]);
        }

        var errors = new List<Lwm2mMessageError>();
        var objects = new List<ObjectLink>();
        string? alternatePath = null;
        var contentFormats = new List<int>();
        foreach (var link in parsed.Links)
        {
            if (link.Get(LwM2mLinkAttributes.ResourceType) == RootResourceType)
            {
                alternatePath = link.Target == "/" ? null : link.Target.TrimEnd('/');
                ReadContentFormats(link, contentFormats, errors);
                continue;
            }

            ReadObjectLink(link, alternatePath, objects, errors);
        }

        return errors.Count > 0
            ? Lwm2mParseResult<ObjectLinks>.Failure(Operation, errors)
            : Lwm2mParseResult<ObjectLinks>.Success(Operation, new ObjectLinks(objects, alternatePath, contentFormats));
    }

    public override string ToString() => LinkFormatWriter.Write(ToLinks());

    private static void ReadObjectLink(Link link, string? alternatePath, List<ObjectLink> objects, List<Lwm2mMessageError> errors)
    {
        string target = alternatePath is not null && link.Target.StartsWith(alternatePath + "/", StringComparison.Ordinal)
            ? link.Target[alternatePath.Length..]
            : link.Target;
        if (!Lwm2mPath.TryParse(target, out var path, out var pathError) || path.Length is not (1 or 2))
        {
            string why = pathError is not null ? pathError.Message : "it names neither an object nor an object instance";
            errors.Add(new("payload", $"link <{link.Target}> at byte {link.Offset}: {why}", Lwm2mClauses.LinkFormat));
            return;
        }

        VersionNumber? version = null;
        if (link.Get(LwM2mLinkAttributes.Version) is { } text)
        {
            if (!VersionNumber.TryParse(text, out var parsedVersion))
            {
                errors.Add(new("payload", $"link <{link.Target}> has ver=\"{text}\", not a version like 1.1", Lwm2mClauses.LinkFormat));
                return;
            }

            version = parsedVersion;
        }

        objects.Add(new ObjectLink(path, version, link));
    }

    private static void ReadContentFormats(Link link, List<int> contentFormats, List<Lwm2mMessageError> errors)
    {
        if (link.Get(LwM2mLinkAttributes.ContentType) is not { } ct)
        {
            return;
        }

        foreach (var item in ct.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (int.TryParse(item, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int number))
            {
                contentFormats.Add(number);
            }
            else
            {
                errors.Add(new("payload", $"root link ct has \"{item}\", not a Content-Format number", Lwm2mClauses.LinkFormat));
            }
        }
    }
}
