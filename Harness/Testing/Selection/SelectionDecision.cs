using Harness.Testing.Metadata;

namespace Harness.Testing.Selection;

/// <summary>The decision about one test case and the reason for it, in words a user can act on.</summary>
public sealed record SelectionDecision(TestCaseMetadata TestCase, SelectionOutcome Outcome, string Reason);
