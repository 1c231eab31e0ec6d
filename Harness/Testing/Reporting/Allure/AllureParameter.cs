namespace Harness.Testing.Reporting.Allure;

/// <summary>A parameter of a test run (binding, content format, version, DUT), shown beside the result.</summary>
/// <param name="Name">What the parameter is.</param>
/// <param name="Value">Its value in this run.</param>
/// <param name="Excluded">True when Allure must not count it when telling runs of the same test apart.</param>
public sealed record AllureParameter(string Name, string Value, bool Excluded = false);
