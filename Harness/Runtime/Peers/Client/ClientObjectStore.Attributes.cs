using Harness.Protocol.Links;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Messages;
using Harness.Protocol.Lwm2m.Model;
using Harness.Protocol.Lwm2m.Nodes;
using Harness.Protocol.Lwm2m.Values;

namespace Harness.Runtime.Peers.Client;

/// <summary>Write-Attributes (OMA TS Core §6.3.4) and the attributes each level holds (§7.3).</summary>
public sealed partial class ClientObjectStore
{
    private readonly Dictionary<Lwm2mPath, NotificationAttributes> attributes = [];

    /// <summary>
    /// Sets, changes or removes (<see cref="NotificationAttributes.Unset"/>) attributes of an object,
    /// instance, resource or resource instance that exists. 4.00 when gt, lt or st target anything but a
    /// numeric resource, or when pmin would exceed pmax at that level.
    /// </summary>
    public ClientOperationResult WriteAttributes(Lwm2mPath path, NotificationAttributes update)
    {
        ArgumentNullException.ThrowIfNull(update);
        lock (gate)
        {
            if (Reach(path) is { } refused)
            {
                return refused;
            }

            if (!path.IsObject && !objects[path[0]].TryFind(path, out _) && !IsImplementedExecutable(path))
            {
                return ClientOperationResult.NotFound($"{path} does not exist");
            }

            bool thresholds = update.GreaterThan is not null || update.LessThan is not null || update.Step is not null;
            if (thresholds && !IsNumericResource(path))
            {
                return ClientOperationResult.BadRequest($"gt, lt and st apply to numeric resources; {path} is none");
            }

            var merged = Merge(attributes.GetValueOrDefault(path), update);
            if (merged.MinimumPeriod > merged.MaximumPeriod)
            {
                return ClientOperationResult.BadRequest($"pmin {merged.MinimumPeriod} exceeds pmax {merged.MaximumPeriod}");
            }

            attributes[path] = merged;
        }

        return ClientOperationResult.Success;
    }

    /// <summary>The attributes written at exactly <paramref name="path"/>, or null.</summary>
    public NotificationAttributes? AttributesAt(Lwm2mPath path)
    {
        lock (gate)
        {
            return attributes.GetValueOrDefault(path);
        }
    }

    /// <summary>
    /// The attributes in force at <paramref name="path"/>: each one from the deepest level that sets it
    /// (resource instance, resource, instance, object), pmin and pmax otherwise from the Server object's
    /// Default Minimum / Maximum Period (/1/x/2, /1/x/3) of its first instance.
    /// </summary>
    public NotificationAttributes EffectiveAttributes(Lwm2mPath path)
    {
        lock (gate)
        {
            var defaults = new NotificationAttributes
            {
                MinimumPeriod = ServerDefaultPeriod(2),
                MaximumPeriod = ServerDefaultPeriod(3),
            };
            return Overlay(defaults, InheritedAttributes(path));
        }
    }

    /// <summary>Attributes set on the path and its ancestors, the deeper level winning; no Server object defaults.</summary>
    private NotificationAttributes InheritedAttributes(Lwm2mPath path)
    {
        var effective = new NotificationAttributes();
        for (int length = 1; length <= path.Length; length++)
        {
            if (attributes.TryGetValue(path.Truncate(length), out var level))
            {
                effective = Overlay(effective, level);
            }
        }

        return effective;
    }

    private uint? ServerDefaultPeriod(int resourceId) =>
        objects.TryGetValue(1, out var server) && server.Instances.FirstOrDefault() is { } first
        && first.TryGetResource(resourceId, out var resource) && resource is Lwm2mSingleResource single
            ? single.Value switch
            {
                IntegerValue { Value: >= 0 and <= uint.MaxValue } signed => (uint)signed.Value,
                UnsignedIntegerValue { Value: <= uint.MaxValue } unsigned => (uint)unsigned.Value,
                _ => null,
            }
            : null;

    private bool IsNumericResource(Lwm2mPath path) =>
        path.Length >= 3 && definitions[path[0]].TryGetResource(path[2], out var d)
        && d.DataType is Lwm2mDataType.Integer or Lwm2mDataType.UnsignedInteger or Lwm2mDataType.Float;

    private bool IsImplementedExecutable(Lwm2mPath path) => path.IsResource && actions.ContainsKey(path) && ExistingInstance(path) is not null;

    private void ForgetAttributesBelow(Lwm2mPath path)
    {
        foreach (var key in attributes.Keys.Where(k => k.StartsWith(path)).ToList())
        {
            attributes.Remove(key);
        }

        foreach (var key in actions.Keys.Where(k => k.StartsWith(path)).ToList())
        {
            actions.Remove(key);
        }
    }

    /// <summary>Writes the non-null attributes as link parameters in query order (pmin, pmax, gt, lt, st, ...).</summary>
    private static Link WithAttributes(Link link, NotificationAttributes? values)
    {
        if (values is null)
        {
            return link;
        }

        foreach (var item in (values with { Unset = new HashSet<string>() }).ToQuery())
        {
            int equals = item.IndexOf('=', StringComparison.Ordinal);
            link = link.With(item[..equals], item[(equals + 1)..]);
        }

        return link;
    }

    private static NotificationAttributes Merge(NotificationAttributes? old, NotificationAttributes update)
    {
        var merged = old is null ? update with { Unset = new HashSet<string>() } : Overlay(old, update);
        bool Keep(string name) => !update.Unset.Contains(name);
        return merged with
        {
            MinimumPeriod = Keep(LwM2mLinkAttributes.MinimumPeriod) ? merged.MinimumPeriod : null,
            MaximumPeriod = Keep(LwM2mLinkAttributes.MaximumPeriod) ? merged.MaximumPeriod : null,
            GreaterThan = Keep(LwM2mLinkAttributes.GreaterThan) ? merged.GreaterThan : null,
            LessThan = Keep(LwM2mLinkAttributes.LessThan) ? merged.LessThan : null,
            Step = Keep(LwM2mLinkAttributes.Step) ? merged.Step : null,
            MinimumEvaluationPeriod = Keep(LwM2mLinkAttributes.MinimumEvaluationPeriod) ? merged.MinimumEvaluationPeriod : null,
            MaximumEvaluationPeriod = Keep(LwM2mLinkAttributes.MaximumEvaluationPeriod) ? merged.MaximumEvaluationPeriod : null,
            Edge = Keep(LwM2mLinkAttributes.Edge) ? merged.Edge : null,
            Confirmable = Keep(LwM2mLinkAttributes.Confirmable) ? merged.Confirmable : null,
            MaximumHistoricalQueue = Keep(LwM2mLinkAttributes.MaximumHistoricalQueue) ? merged.MaximumHistoricalQueue : null,
        };
    }

    /// <summary>Each attribute of <paramref name="over"/> that is set replaces the one of <paramref name="under"/>.</summary>
    private static NotificationAttributes Overlay(NotificationAttributes under, NotificationAttributes over) => new()
    {
        MinimumPeriod = over.MinimumPeriod ?? under.MinimumPeriod,
        MaximumPeriod = over.MaximumPeriod ?? under.MaximumPeriod,
        GreaterThan = over.GreaterThan ?? under.GreaterThan,
        LessThan = over.LessThan ?? under.LessThan,
        Step = over.Step ?? under.Step,
        MinimumEvaluationPeriod = over.MinimumEvaluationPeriod ?? under.MinimumEvaluationPeriod,
        MaximumEvaluationPeriod = over.MaximumEvaluationPeriod ?? under.MaximumEvaluationPeriod,
        Edge = over.Edge ?? under.Edge,
        Confirmable = over.Confirmable ?? under.Confirmable,
        MaximumHistoricalQueue = over.MaximumHistoricalQueue ?? under.MaximumHistoricalQueue,
    };

    private static bool IsVersionWorthStating(ObjectDefinition definition) => definition.Version != VersionNumber.Default;
}
