using Harness.Runtime.Capture;
using Harness.Tests.Support;

namespace Harness.Tests.Runtime.Analysis.Rules;

/// <summary>
/// The generated reference captures in Fixtures/Captures are exactly what <see cref="ReferenceCaptures"/> produces, so
/// they cannot drift from the scripts the rule tests use; and Wireshark's dissector reads every frame of every
/// capture there (generated or recorded) as CoAP. Set REGENERATE_CAPTURES=1 to rewrite the generated files.
/// </summary>
public sealed class ReferenceCaptureFileTests
{
    private const string Application = "lwm2m-conformance reference capture generator";

    internal static string Folder => RepositoryPaths.Fixture("Captures");

    private static IEnumerable<TestCaseData> Generated() =>
        ReferenceCaptures.All.Select(c => new TestCaseData(c.FileName).SetName("Generated " + c.FileName));

    private static IEnumerable<TestCaseData> Files() =>
        Directory.GetFiles(RepositoryPaths.Fixture("Captures"), "*.pcap*").Order(StringComparer.Ordinal)
            .Select(f => new TestCaseData(Path.GetFileName(f)).SetName("Tshark reads " + Path.GetFileName(f)));

    internal static byte[] Generate(WireScript script)
    {
        using var stream = new MemoryStream();
        using (var writer = new PcapngWriter(stream, Application, leaveOpen: true))
        {
            foreach (var frame in script.Frames())
            {
                writer.Write(frame);
            }
        }

        return stream.ToArray();
    }

    [TestCaseSource(nameof(Generated))]
    public void The_committed_capture_is_the_generated_one(string fileName)
    {
        var bytes = Generate(ReferenceCaptures.All.Single(c => c.FileName == fileName).Script());
        var path = Path.Combine(Folder, fileName);
        if (Environment.GetEnvironmentVariable("REGENERATE_CAPTURES") == "1")
        {
            File.WriteAllBytes(path, bytes);
        }

        Assert.That(File.Exists(path), Is.True, $"{path} is missing; run the tests with REGENERATE_CAPTURES=1");
        Assert.That(File.ReadAllBytes(path), Is.EqualTo(bytes), $"{fileName} differs from its script; regenerate with REGENERATE_CAPTURES=1 if the script changed on purpose");
    }

    [TestCaseSource(nameof(Files))]
    [Category("Interop")]
    public async Task Every_frame_is_CoAP_to_Wireshark(string fileName)
    {
        var path = Path.Combine(Folder, fileName);
        await using var tshark = await ExternalProcess.RunAsync("tshark", ["-r", path, "-T", "fields", "-E", "separator=,", "-e", "frame.number", "-e", "coap.mid"], TimeSpan.FromSeconds(60), "Debian package tshark");

        Assert.That(tshark.ExitCode, Is.Zero, tshark.StandardError);
        var frames = Lines(tshark.StandardOutput);
        Assert.That(frames, Is.Not.Empty);
        Assert.That(frames.Where(f => f.EndsWith(',')), Is.Empty, $"frames tshark does not dissect as CoAP in {fileName}");
    }

    private static List<string> Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
