using CsCheck;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Model;
using Harness.Protocol.Lwm2m.Nodes;
using Harness.Protocol.Lwm2m.Values;

namespace Harness.Tests.Protocol.Lwm2m.Content;

/// <summary>
/// Generators of trees that the built-in object model types correctly: every codec's round-trip
/// properties and the cross-format equivalence test draw from these, with fixed seeds.
/// </summary>
internal static class GeneratedContent
{
    /// <summary>Seed name for FixedSeed.Sample, so every run sees the same generated trees.</summary>
    public const string Seed = "0N0XIzNsQ0O2";

    /// <summary>Objects with readable resources of every data type between them.</summary>
    public static readonly int[] ObjectIds = [1, 3, 4, 5, 6, 7];

    public static Gen<Lwm2mValue> Value(Lwm2mDataType type) => type switch
    {
        Lwm2mDataType.String => Gen.String[Gen.Char.AlphaNumeric, 0, 24].Select(s => (Lwm2mValue)Lwm2mValue.String(s)),
        Lwm2mDataType.Integer => Gen.Long.Select(v => (Lwm2mValue)Lwm2mValue.Integer(v)),
        Lwm2mDataType.UnsignedInteger => Gen.ULong.Select(v => (Lwm2mValue)Lwm2mValue.UnsignedInteger(v)),
        Lwm2mDataType.Float => Gen.Double.Where(double.IsFinite).Select(v => (Lwm2mValue)Lwm2mValue.Float(v)),
        Lwm2mDataType.Boolean => Gen.Bool.Select(v => (Lwm2mValue)Lwm2mValue.Boolean(v)),
        Lwm2mDataType.Opaque => Gen.Byte.Array[0, 40].Select(v => (Lwm2mValue)Lwm2mValue.Opaque(v)),
        Lwm2mDataType.Time => Gen.Long[0, 4_102_444_800].Select(v => (Lwm2mValue)Lwm2mValue.Time(v)),
        Lwm2mDataType.Objlnk => Gen.Select(Gen.Int[0, 65534], Gen.Int[0, 65534]).Select((o, i) => (Lwm2mValue)Lwm2mValue.Objlnk(o, i)),
        Lwm2mDataType.Corelnk => Gen.String[Gen.Char.AlphaNumeric, 1, 12].Select(s => (Lwm2mValue)Lwm2mValue.Corelnk($"</{s}>")),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "No value for this type"),
    };

    public static Gen<Lwm2mResource> Resource(ResourceDefinition definition) => definition.IsMultiple
        ? Gen.Int[1, 3].SelectMany(count => Gen.Int[0, 9].HashSet[count, count])
            .SelectMany(ids => Sequence(ids.Order().Select(id => Value(definition.DataType).Select(v => new Lwm2mResourceInstance(id, v)))))
            .Select(instances => (Lwm2mResource)new Lwm2mMultipleResource(definition.Id, instances))
        : Value(definition.DataType).Select(v => (Lwm2mResource)new Lwm2mSingleResource(definition.Id, v));

    /// <summary>An instance holding a random non-empty subset of the readable, typed resources.</summary>
    public static Gen<Lwm2mObjectInstance> Instance(ObjectDefinition definition, int instanceId)
    {
        var readable = definition.Resources.Where(r => r.IsReadable && r.DataType != Lwm2mDataType.None).ToArray();
        return Gen.Bool.Array[readable.Length]
            .Select(chosen => readable.Where((_, i) => chosen[i]).DefaultIfEmpty(readable[0]).ToArray())
            .SelectMany(picked => Sequence(picked.Select(Resource)))
            .Select(resources => new Lwm2mObjectInstance(instanceId, resources));
    }

    /// <summary>An object of the built-in model (latest version) with one to three instances.</summary>
    public static Gen<Lwm2mObject> Object() =>
        Gen.OneOf(ObjectIds).SelectMany(id =>
        {
            var definition = BuiltInObjectModel.Registry.GetLatest(id);
            return Gen.Int[0, 5].HashSet[1, 3].SelectMany(ids => Sequence(ids.Order().Select(i => Instance(definition, i))))
                .Select(instances => new Lwm2mObject(id, instances));
        });

    /// <summary>One value from each generator, in order.</summary>
    public static Gen<T[]> Sequence<T>(IEnumerable<Gen<T>> generators) =>
        generators.Aggregate(Gen.Const(System.Collections.Immutable.ImmutableList<T>.Empty), (all, next) => all.SelectMany(list => next.Select(list.Add)))
            .Select(list => list.ToArray());

    /// <summary>The path of <paramref name="instance"/> under object <paramref name="objectId"/>.</summary>
    public static Lwm2mPath PathOf(int objectId, Lwm2mObjectInstance instance) => new(objectId, instance.Id);
}
