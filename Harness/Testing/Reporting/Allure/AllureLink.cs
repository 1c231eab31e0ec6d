namespace Harness.Testing.Reporting.Allure;

/// <summary>A link shown with an Allure result; <see cref="Type"/> is "link", "issue" or "tms".</summary>
public sealed record AllureLink(string Name, string Url, string Type);
