using Harness.Testing.Metadata;
using NUnit.Framework.Interfaces;
using NUnit.Framework.Internal;

namespace Harness.Tests.Testing.Metadata;

public class MetadataAttributeNUnitTests
{
    private static TestMethod BuildTest<T>(string method)
    {
        var test = new TestMethod(new MethodWrapper(typeof(T), typeof(T).GetMethod(method)!));
        foreach (var attribute in typeof(T).GetMethod(method)!.GetCustomAttributes(true).OfType<IApplyToTest>())
        {
            attribute.ApplyToTest(test);
        }

        return test;
    }

    [Test]
    public void Metadata_becomes_nunit_properties_and_the_interface_a_category()
    {
        var test = BuildTest<SampleRegistrationFixture>(nameof(SampleRegistrationFixture.Initial_registration));

        Assert.That(test.RunState, Is.EqualTo(RunState.Runnable));
        Assert.That(test.Properties[MetadataProperties.Ets], Is.EqualTo(new[] { "LightweightM2M-1.1-int-101", "LightweightM2M-1.0-int-101" }));
        Assert.That(test.Properties[MetadataProperties.Requirement], Has.Member("LWM2M-REG-001-C-M"));
        Assert.That(test.Properties[MetadataProperties.Lwm2mMin], Is.EqualTo(new[] { "1.1" }));
        Assert.That(test.Properties[MetadataProperties.Lwm2mMax], Is.EqualTo(new[] { "1.2" }));
        Assert.That(test.Properties[MetadataProperties.RequiresIcs], Is.EqualTo(new[] { "binding:udp", "object:3" }));
        Assert.That(test.Properties[PropertyNames.Category], Has.Member("smoke"));
    }

    [Test]
    public void A_malformed_value_makes_the_test_not_runnable_with_the_reason()
    {
        var test = BuildTest<SampleMalformedFixture>(nameof(SampleMalformedFixture.Malformed));

        Assert.That(test.RunState, Is.EqualTo(RunState.NotRunnable));
        Assert.That(test.Properties.Get(PropertyNames.SkipReason), Does.Contain("LightweightM2M-1.1-int-1o1"));
    }

    [Test]
    public void The_interface_is_published_as_a_category()
    {
        var test = new TestMethod(new MethodWrapper(typeof(SampleRegistrationFixture), typeof(SampleRegistrationFixture).GetMethod(nameof(SampleRegistrationFixture.Plain))!));
        new InterfaceAttribute("Registration").ApplyToTest(test);

        Assert.That(test.Properties[PropertyNames.Category], Is.EqualTo(new[] { "Registration" }));
        Assert.That(test.Properties[MetadataProperties.Interface], Is.EqualTo(new[] { "Registration" }));
    }
}
