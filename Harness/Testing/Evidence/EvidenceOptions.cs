using Harness.Testing.Suite;
using NUnit.Framework;

namespace Harness.Testing.Evidence;

/// <summary>What a test records and where: the capture choice and the evidence root, from test parameters or the environment.</summary>
/// <param name="Capture">How to capture; null when the given text names no choice (see <see cref="CaptureText"/>).</param>
/// <param name="CaptureText">The text the choice was read from, for messages.</param>
/// <param name="Root">The evidence root folder, absolute.</param>
public sealed record EvidenceOptions(CaptureChoice? Capture, string CaptureText, string Root)
{
    /// <summary>The folder under the NUnit work directory used when no evidence root is given.</summary>
    public const string DefaultRootName = "evidence";

    /// <summary>
    /// The test parameter <see cref="SuiteParameters.Capture"/> or else <see cref="SuiteParameters.CaptureEnvironmentVariable"/>
    /// (auto when neither); the test parameter <see cref="SuiteParameters.Evidence"/> or else
    /// <see cref="SuiteParameters.EvidenceEnvironmentVariable"/> or else the NUnit work directory's "evidence".
    /// </summary>
    public static EvidenceOptions Current
    {
        get
        {
            var capture = First(TestContext.Parameters.Get(SuiteParameters.Capture), Environment.GetEnvironmentVariable(SuiteParameters.CaptureEnvironmentVariable)) ?? "auto";
            var root = First(TestContext.Parameters.Get(SuiteParameters.Evidence), Environment.GetEnvironmentVariable(SuiteParameters.EvidenceEnvironmentVariable))
                ?? Path.Combine(TestContext.CurrentContext.WorkDirectory, DefaultRootName);
            return new EvidenceOptions(CaptureChoices.Parse(capture), capture, Path.GetFullPath(root));
        }
    }

    private static string? First(params string?[] candidates) => candidates.FirstOrDefault(candidate => !string.IsNullOrWhiteSpace(candidate));
}
