namespace Harness.Testing.Baselines;

/// <summary>A run's result seen against the baseline.</summary>
public enum BaselineClassification
{
    /// <summary>Passed and not in the baseline.</summary>
    Pass,

    /// <summary>Failed (Fail, OutOfTime or Error) and not in the baseline: this is what breaks a build.</summary>
    NewFailure,

    /// <summary>Failed as the baseline says it would.</summary>
    ExpectedFailure,

    /// <summary>In the baseline but passed: the entry can be removed.</summary>
    Fixed,

    /// <summary>Inconclusive or NotApplicable: neither a pass nor a failure.</summary>
    NotJudged,
}
