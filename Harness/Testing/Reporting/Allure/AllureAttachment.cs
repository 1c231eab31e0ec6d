namespace Harness.Testing.Reporting.Allure;

/// <summary>A file attached to a result or step: its display name, MIME type and file name in the results folder.</summary>
public sealed record AllureAttachment(string Name, string Source, string Type);
