using Harness.Protocol.Lwm2m.Model;
using Harness.Testing.Metadata;

namespace Harness.Tests.Testing.Metadata;

public class TestCaseMetadataReaderTests
{
    private static TestCaseMetadata Read<T>(string method) => TestCaseMetadataReader.Read(typeof(T), typeof(T).GetMethod(method)!);

    [Test]
    public void Method_attributes_come_first_and_fixture_attributes_are_added()
    {
        var metadata = Read<SampleRegistrationFixture>(nameof(SampleRegistrationFixture.Initial_registration));

        Assert.That(metadata.Id, Is.EqualTo("Harness.Tests.Testing.Metadata.SampleRegistrationFixture.Initial_registration"));
        Assert.That(metadata.EtsIds, Is.EqualTo(new[] { "LightweightM2M-1.1-int-101", "LightweightM2M-1.0-int-101" }));
        Assert.That(metadata.RequirementIds, Is.EqualTo(new[] { "LWM2M-REG-001-C-M", "LwM2M-REG-01" }));
        Assert.That(metadata.SpecClauses, Is.EqualTo(new[] { "OMA-TS-LightweightM2M_Core-V1_1_1 §6.2.1" }));
        Assert.That(metadata.Versions, Is.EqualTo(new VersionRange(new VersionNumber(1, 1), new VersionNumber(1, 2))));
        Assert.That(metadata.RequiredIcs, Is.EqualTo(new[] { "binding:udp", "object:3" }));
        Assert.That(metadata.Interface, Is.EqualTo("Registration"));
        Assert.That(metadata.Tags, Is.EqualTo(new[] { "smoke" }));
        Assert.That(metadata.Problems, Is.Empty);
    }

    [Test]
    public void A_method_without_attributes_inherits_the_fixture_metadata()
    {
        var metadata = Read<SampleRegistrationFixture>(nameof(SampleRegistrationFixture.Plain));

        Assert.That(metadata.EtsIds, Is.Empty);
        Assert.That(metadata.RequirementIds, Is.EqualTo(new[] { "LwM2M-REG-01" }));
        Assert.That(metadata.Versions, Is.EqualTo(new VersionRange(new VersionNumber(1, 0), null)));
        Assert.That(metadata.Interface, Is.EqualTo("Registration"));
    }

    [Test]
    public void Malformed_values_are_reported_as_problems()
    {
        var metadata = Read<SampleMalformedFixture>(nameof(SampleMalformedFixture.Malformed));

        Assert.That(metadata.Problems, Has.Count.EqualTo(5));
        Assert.That(metadata.Problems, Has.Some.Contains("\"LightweightM2M-1.1-int-1o1\" is not of the form"));
        Assert.That(metadata.Problems, Has.Some.Contains("\"REG-01\""));
        Assert.That(metadata.Problems, Has.Some.Contains("\"Registrations\" is not one of"));
        Assert.That(metadata.Problems, Has.Some.Contains("maximum 1.1 is below minimum 1.2"));
        Assert.That(metadata.Problems, Has.Some.Contains("did you mean \"udp\""));
    }

    [Test]
    public void Reading_an_assembly_finds_nunit_test_methods_only()
    {
        var all = TestCaseMetadataReader.ReadAll(typeof(TestCaseMetadataReaderTests).Assembly);

        Assert.That(all.Select(metadata => metadata.Id), Has.Member(
            "Harness.Tests.Testing.Metadata.TestCaseMetadataReaderTests.Reading_an_assembly_finds_nunit_test_methods_only"));
        Assert.That(all.Select(metadata => metadata.Id), Has.None.Contains(nameof(SampleRegistrationFixture)));
        Assert.That(all.Select(metadata => metadata.Id), Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
    }

    [TestCase("LightweightM2M-1.1-int-101", true)]
    [TestCase("LightweightM2M-CONMGMT-1.0-int-1250", true)]
    [TestCase("LightweightM2M-1.1-int-", false)]
    [TestCase("lightweightm2m-1.1-int-101", false)]
    [TestCase("LwM2M-1.1-int-101", false)]
    public void Ets_ids_follow_the_catalog_format(string id, bool valid) =>
        Assert.That(ConformanceIds.IsEtsId(id), Is.EqualTo(valid));

    [TestCase("LwM2M-REG-01", true)]
    [TestCase("LWM2M-BOOT-009-C-M", true)]
    [TestCase("LwM2M-OBJ-005-S-O", true)]
    [TestCase("LwM2M-REG-1", false)]
    [TestCase("LWM2M-BOOT-009-X-M", false)]
    public void Requirement_ids_are_seed_ids_or_static_conformance_ids(string id, bool valid) =>
        Assert.That(ConformanceIds.IsRequirementId(id), Is.EqualTo(valid));
}
