using CsCheck;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Content;
using Harness.Protocol.Lwm2m.Messages;
using Harness.Protocol.Lwm2m.Model;
using Harness.Protocol.Lwm2m.Nodes;
using Harness.Runtime.Peers.Client;
using Harness.Tests.Protocol.Lwm2m.Content;
using Harness.Tests.Support;

namespace Harness.Tests.Runtime.Peers.Client;

/// <summary>
/// Sequences of instance writes on the Server object, checked against a model of the TS rules: a
/// partial update sets what it gives; a replace also drops the optional writable resources it does
/// not give; read-only resources never change.
/// </summary>
public class ClientObjectStoreWriteProperties
{
    private static readonly Lwm2mPath ServerInstance = Lwm2mPath.Parse("/1/0");

    private static Gen<(WriteMode Mode, Lwm2mResource[] Resources)> Write(ObjectDefinition definition)
    {
        var writable = definition.Resources.Where(r => r.IsWritable && !r.IsExecutable).ToArray();
        var resources = Gen.Bool.Array[writable.Length]
            .Select(chosen => writable.Where((_, i) => chosen[i]).ToArray())
            .SelectMany(picked => GeneratedContent.Sequence(picked.Select(GeneratedContent.Resource)));
        return Gen.Select(Gen.Bool.Select(replace => replace ? WriteMode.Replace : WriteMode.PartialUpdate), resources);
    }

    [Test]
    public void Instance_writes_follow_replace_and_partial_update_rules()
    {
        var definition = ReferenceDeviceObjects.Create(new ReferenceDeviceSettings { ServerUri = "coap://127.0.0.1" }).DefinitionOf(1)!;
        var sequences = Write(definition).Array[1, 6];

        FixedSeed.Sample(sequences, "client-store-writes", 60, writes =>
        {
            var store = ReferenceDeviceObjects.Create(new ReferenceDeviceSettings { ServerUri = "coap://127.0.0.1" });
            var model = ((Lwm2mObjectInstance)store.Get(ServerInstance)!).Resources.ToDictionary(r => r.Id);
            foreach (var (mode, resources) in writes)
            {
                var result = store.Write(ServerInstance, mode, Lwm2mContent.Single(ServerInstance, new Lwm2mObjectInstance(0, resources)));
                Apply(model, definition, mode, resources);

                Assert.That(result.IsSuccess, Is.True, result.ToString());
                Assert.That(store.Get(ServerInstance), Is.EqualTo(new Lwm2mObjectInstance(0, model.Values)), $"after {mode} of {string.Join(", ", resources.Select(r => r.Id))}");
            }
        });
    }

    private static void Apply(Dictionary<int, Lwm2mResource> model, ObjectDefinition definition, WriteMode mode, Lwm2mResource[] resources)
    {
        if (mode == WriteMode.Replace)
        {
            foreach (var id in model.Keys.Where(id => definition.Resource(id) is { IsWritable: true, IsMandatory: false }).ToList())
            {
                model.Remove(id);
            }
        }

        foreach (var resource in resources)
        {
            model[resource.Id] = resource;
        }
    }
}
