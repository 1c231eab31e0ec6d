using Harness.Testing.Metadata;
using Harness.Testing.Verdicts;

namespace Harness.Testing.Baselines;

/// <summary>The overall verdict one test case got in a run.</summary>
public sealed record TestRunResult(TestCaseMetadata TestCase, Verdict Verdict);
