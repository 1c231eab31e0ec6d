using Harness.Protocol.Lwm2m.Model;
using Harness.Testing.Plan;
using Harness.Tests.Support;

namespace Harness.Tests.Testing.Plan;

/// <summary>The device profiles under Fixtures/Devices: each folder's testplan.yaml is a valid plan for its third-party DUT.</summary>
public class DevicePlanTests
{
    public static IEnumerable<string> DevicePlanPaths() =>
        Directory.GetFiles(RepositoryPaths.Fixture("Devices"), "testplan.yaml", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}node_modules{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    [TestCaseSource(nameof(DevicePlanPaths))]
    public void Every_device_plan_loads(string path)
    {
        var result = TestPlanLoader.Load(path);

        Assert.That(result.Errors, Is.Empty, string.Join('\n', result.Errors));
        Assert.That(result.Directory, Is.EqualTo(Path.GetDirectoryName(path)));
    }

    [Test]
    public void The_lwm2m_node_lib_plan_starts_the_launcher_beside_it_as_a_1_0_client()
    {
        var plan = TestPlanLoader.Load(RepositoryPaths.Fixture("Devices", "lwm2m-node-lib", "testplan.yaml")).PlanOrThrow();

        Assert.That(plan.Dut.Role, Is.EqualTo(DutRole.Client));
        Assert.That(plan.Dut.Lwm2mVersion, Is.EqualTo(new VersionNumber(1, 0)));
        Assert.That(plan.Dut.Adapter.Kind, Is.EqualTo(AdapterKind.Process));
        Assert.That(plan.Dut.Adapter.Command, Is.EqualTo("node {planDir}/launcher.js --server {serverUri} --endpoint {endpoint} --lifetime {lifetime}"));
        Assert.That(File.Exists(RepositoryPaths.Fixture("Devices", "lwm2m-node-lib", "launcher.js")), Is.True);
        Assert.That(plan.Dut.Adapter.Stimuli["registrationUpdate"], Is.EqualTo("update"));
        Assert.That(plan.Ics.Objects.Select(entry => entry.Id), Is.EqualTo(new[] { 1, 3 }), "no Security object: the library has no bootstrap");
        Assert.That(plan.Ics.ContentFormats, Is.EqualTo(new[] { ContentFormatName.PlainText, ContentFormatName.CoreLinkFormat, ContentFormatName.Tlv }),
            "TLV is claimed because LwM2M 1.0 makes it mandatory for a client; int-203 shows the library lacks it");
        Assert.That(plan.Dut.Adapter.QuitLine, Is.EqualTo("quit"));
        Assert.That(plan.Baseline, Is.EqualTo("baseline.yaml"));
        Assert.That(plan.Ics.SecurityModes, Is.EqualTo(new[] { SecurityModeName.NoSec }));
    }
}
