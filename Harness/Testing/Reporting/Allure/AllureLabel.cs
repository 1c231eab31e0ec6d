namespace Harness.Testing.Reporting.Allure;

/// <summary>A name/value label of an Allure result (epic, feature, story, tag, severity, suite, host...).</summary>
public sealed record AllureLabel(string Name, string Value);
