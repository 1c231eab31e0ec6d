namespace Harness.Testing.Reporting.Allure;

/// <summary>Why a result or step ended as it did.</summary>
public sealed record AllureStatusDetails
{
    /// <summary>One line: the verdict and the reason that decided it.</summary>
    public string? Message { get; init; }

    /// <summary>The full text behind it: every deciding check with clause, expected and actual.</summary>
    public string? Trace { get; init; }

    /// <summary>What the deciding check expected (Allure 3 shows it beside <see cref="Actual"/>).</summary>
    public string? Expected { get; init; }

    /// <summary>What the DUT did instead.</summary>
    public string? Actual { get; init; }

    /// <summary>True when the baseline expects this failure.</summary>
    public bool Known { get; init; }
}
