using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m.Model;
using Harness.Protocol.Lwm2m.Nodes;
using Harness.Protocol.Lwm2m.Values;

namespace Harness.Protocol.Lwm2m.Content.Text;

/// <summary>
/// What a single-value payload (plain text, opaque) stands for: a single resource or one resource
/// instance, named by the request path, with its definition when the model has one. Checks the path's
/// level (a violation that leaves no place for a value) and the model's multiplicity and knowledge of the
/// resource (findings the value can still be read past).
/// </summary>
internal sealed class SingleValueTarget
{
    private SingleValueTarget(Lwm2mPath path, ResourceDefinition? resource, List<CoapFormatError> findings)
    {
        Path = path;
        Resource = resource;
        Findings = findings;
    }

    public Lwm2mPath Path { get; }

    public ResourceDefinition? Resource { get; }

    /// <summary>Violations and findings about the target, in the order they were found.</summary>
    public List<CoapFormatError> Findings { get; }

    /// <summary>The target, or null when the request path is not a resource or resource instance (the error says so).</summary>
    public static SingleValueTarget? Resolve(Lwm2mCodecContext context, SingleValueFormat format, out CoapFormatError? levelError)
    {
        ArgumentNullException.ThrowIfNull(context);
        var path = context.RequestPath;
        levelError = null;
        if (path.Level is not (Lwm2mPathLevel.Resource or Lwm2mPathLevel.ResourceInstance))
        {
            levelError = new CoapFormatError(
                format.LevelRule,
                $"{format.Name} carries the value of one resource or resource instance, but the request addressed {path}",
                0,
                format.Clause);
            return null;
        }

        var findings = new List<CoapFormatError>();
        var definition = Lwm2mContentModel.FindObject(context, path[0]);
        var resource = Lwm2mContentModel.FindResource(definition, path[2]);
        if (definition is null)
        {
            findings.Add(new(format.UnknownObjectRule, $"object {path[0]} is not in the object model", 0, format.Clause, RequirementLevel.Should));
        }
        else if (resource is null)
        {
            findings.Add(new(format.UnknownResourceRule, $"resource {path} is not defined by object {definition}", 0, format.Clause, RequirementLevel.Should));
        }
        else if (resource.IsMultiple == path.IsResource)
        {
            findings.Add(new(
                format.MultiplicityRule,
                resource.IsMultiple
                    ? $"{format.Name} carries one value, but {path} ({resource.Name}) is a multiple-instance resource"
                    : $"{path} names an instance of {resource.Name}, which is a single-instance resource",
                0,
                format.Clause));
        }

        return new SingleValueTarget(path, resource, findings);
    }

    /// <summary>The node the value makes at the target: a single resource or a resource instance.</summary>
    public Lwm2mNode NodeFor(Lwm2mValue value) => Path.IsResource
        ? new Lwm2mSingleResource(Path[2], value)
        : new Lwm2mResourceInstance(Path[3], value);

    /// <summary>Strict: the content, or the first Must violation alone. Lax: the content and every finding.</summary>
    public Lwm2mDecodeResult Result(Lwm2mValue value, CoapDecodeMode mode)
    {
        if (mode == CoapDecodeMode.Strict && Findings.FirstOrDefault(f => f.Level == RequirementLevel.Must) is { } rejection)
        {
            return Lwm2mDecodeResult.Failure(rejection);
        }

        return new Lwm2mDecodeResult(Lwm2mContent.Single(Path, NodeFor(value)), Findings);
    }

    /// <summary>The single value content holds at <paramref name="path"/>; throws for anything else (a caller's mistake).</summary>
    public static Lwm2mValue ValueToEncode(Lwm2mContent content, Lwm2mPath path, string formatName)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (content.Entries.Length == 1 && content.Entries[0].Path == path)
        {
            switch (content.Entries[0].Node)
            {
                case Lwm2mSingleResource single when path.IsResource && single.Id == path[2]:
                    return single.Value;
                case Lwm2mResourceInstance instance when path.IsResourceInstance && instance.Id == path[3]:
                    return instance.Value;
            }
        }

        throw new ArgumentException($"{formatName} carries one single resource or resource instance at {path}; got {content}", nameof(content));
    }
}
