using CsCheck;
using Harness.Protocol.Lwm2m.Model;
using Harness.Protocol.Lwm2m.Nodes;
using Harness.Tests.Support;

namespace Harness.Tests.Protocol.Lwm2m.Content;

public class GeneratedContentTests
{
    [Test]
    public void Generated_objects_use_only_resources_and_types_the_model_defines()
    {
        FixedSeed.Sample(GeneratedContent.Object(), GeneratedContent.Seed, 300, obj =>
        {
            var definition = BuiltInObjectModel.Registry.GetLatest(obj.Id);
            foreach (var resource in obj.Instances.SelectMany(i => i.Resources))
            {
                var resourceDefinition = definition.Resource(resource.Id);
                Assert.That(resource.IsMultiple, Is.EqualTo(resourceDefinition.IsMultiple), $"{obj.Id}/{resource.Id}");
                Assert.That(resource.DataType, Is.EqualTo(resourceDefinition.DataType), $"{obj.Id}/{resource.Id}");
            }
        });
    }

    [Test]
    public void The_device_instance_has_fifteen_resources_typed_as_the_model_says()
    {
        var instance = DeviceSample.Instance();
        var device = BuiltInObjectModel.Registry.GetLatest(3);
        Assert.That(instance.Resources, Has.Length.EqualTo(15));
        Assert.That(instance.Resources.Select(r => r.DataType), Is.EqualTo(instance.Resources.Select(r => (Harness.Protocol.Lwm2m.Values.Lwm2mDataType?)device.Resource(r.Id).DataType)));
        Assert.That(instance.Resources.OfType<Lwm2mMultipleResource>().Select(r => r.Id), Is.EqualTo(new[] { 6, 7, 8, 11 }));
    }
}
