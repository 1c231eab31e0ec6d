using Harness.Testing.Metadata;

namespace Harness.Testing.Suite;

/// <summary>A test case that has just begun: its NUnit full name and what it declares.</summary>
public sealed record SuiteTestStarted(string FullName, TestCaseMetadata TestCase);
