using Harness.Testing.Baselines;
using Harness.Testing.Plan;
using Harness.Tests.SampleCases;

namespace Harness.Tests.Testing.Suite;

/// <summary>A plan for the sample cases, written to a temporary folder so that it has a real path.</summary>
internal sealed class SamplePlan : IDisposable
{
    public const string Text = """
        dut:
          role: client
          lwm2mVersion: "1.1"
          endpoint: sample-device
          adapter:
            kind: attach
        ics:
          objects:
            - { id: 0, version: "1.1" }
            - { id: 1, version: "1.1" }
            - { id: 3, version: "1.1" }
          contentFormats: [tlv]
          bindings: [udp]
          securityModes: [noSec]
        ixit:
          serverPort: 15683
        selection:
          exclude:
            tags: [slow]
        """;

    public SamplePlan(string text = Text)
    {
        Directory.CreateDirectory(Folder);
        Path = System.IO.Path.Combine(Folder, "testplan.yaml");
        File.WriteAllText(Path, text);
        var loaded = TestPlanLoader.Load(Path);
        Assert.That(loaded.Errors, Is.Empty, "the sample plan must be valid");
        Plan = loaded.PlanOrThrow();
    }

    public string Folder { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "suite-" + Guid.NewGuid().ToString("N"));

    public string Path { get; }

    public TestPlan Plan { get; }

    public static System.Reflection.Assembly Assembly => typeof(RegistrationSamples).Assembly;

    public Harness.Testing.Suite.SuiteRunRequest Request(Baseline? baseline = null, params string[] filters) =>
        new(Assembly, Path, Plan) { Baseline = baseline ?? Baseline.Empty, Filters = filters };

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
