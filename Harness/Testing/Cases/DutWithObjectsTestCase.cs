using System.Globalization;
using Harness.Protocol.Lwm2m;
using Harness.Testing.Verdicts;

namespace Harness.Testing.Cases;

/// <summary>
/// A registered DUT that must have given object instances (e.g. /3/0): after registering, each must be
/// in its registered object links. A missing one ends the test NotApplicable when the ICS does not list
/// its object either, Inconclusive when the ICS lists it (the DUT contradicts its own statement).
/// </summary>
public abstract class DutWithObjectsTestCase : RegisteredDutTestCase
{
    /// <summary>The object instances the test reads or writes, e.g. /3/0.</summary>
    protected abstract IReadOnlyList<Lwm2mPath> RequiredInstances { get; }

    protected override async Task PreambleAsync()
    {
        await base.PreambleAsync().ConfigureAwait(false);
        var links = Registration.ObjectLinks;
        foreach (var required in RequiredInstances)
        {
            var objectId = required.ObjectId ?? throw new InvalidOperationException($"{required} names no object");
            bool present = required.IsObject
                ? links.ObjectIds.Contains(objectId)
                : links.InstancesOf(objectId).Contains(required.ObjectInstanceId!.Value);
            if (present)
            {
                continue;
            }

            bool listed = Plan.Ics.Objects.Any(entry => entry.Id == objectId);
            Stop(
                listed ? Verdict.Inconclusive : Verdict.NotApplicable,
                listed
                    ? string.Create(CultureInfo.InvariantCulture, $"precondition not met: the DUT registered without {required}, although the ICS lists object {objectId}")
                    : string.Create(CultureInfo.InvariantCulture, $"the DUT has no {required} and the ICS does not list object {objectId}"),
                links.ToString());
        }
    }
}
