using Harness.Testing.Verdicts;

namespace Harness.Testing.Reporting.Allure;

/// <summary>
/// The one place where our verdicts become Allure statuses and categories (Reports/allurerc.mjs names the same
/// categories for Allure 3, matching the <see cref="VerdictLabel"/> label).
/// </summary>
/// <remarks>
/// | Verdict       | Allure status | Category                 | Why |
/// |---------------|---------------|--------------------------|-----|
/// | Pass          | passed        |                          | the DUT met the requirement |
/// | Fail          | failed        | DUT failures             | Allure's "failed" is a failed assertion about the product |
/// | OutOfTime     | failed        | DUT out of time          | a DUT failure too, kept apart because it names a deadline |
/// | Error         | broken        | Harness errors           | Allure's "broken" is a test that could not judge the product |
/// | Inconclusive  | unknown       | Inconclusive             | judged without a conclusion: neither a DUT failure nor a harness error, so not "broken" |
/// | NotApplicable | skipped       |                          | the ICS says the DUT lacks the feature: nothing was judged |
/// Every status message starts with the verdict's name and a colon, so Allure 2's regex categories can tell
/// OutOfTime from Fail.
/// </remarks>
public static class AllureVerdictMapping
{
    /// <summary>The label carrying our own verdict name, so that Allure 3 categories and filters can use it.</summary>
    public const string VerdictLabel = "verdict";

    /// <summary>The Allure status of <paramref name="verdict"/>.</summary>
    public static AllureStatus Status(Verdict verdict) => verdict switch
    {
        Verdict.Pass => AllureStatus.Passed,
        Verdict.Fail or Verdict.OutOfTime => AllureStatus.Failed,
        Verdict.Error => AllureStatus.Broken,
        Verdict.Inconclusive => AllureStatus.Unknown,
        Verdict.NotApplicable => AllureStatus.Skipped,
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, "no Allure status for this verdict"),
    };

    /// <summary>The status message: the verdict's name, a colon and the reason.</summary>
    public static string Message(Verdict verdict, string reason) => $"{verdict}: {reason}";

    /// <summary>categories.json: one category per verdict that is not a plain pass or skip.</summary>
    public static IReadOnlyList<AllureCategory> Categories { get; } =
    [
        Category("DUT out of time", "The DUT did not act within a deadline the protocol or the IXIT imposes.", Verdict.OutOfTime),
        Category("DUT failures", "The DUT did not do what a requirement asks.", Verdict.Fail),
        Category("Harness errors", "The harness or the test setup failed; the DUT was not judged.", Verdict.Error),
        Category("Inconclusive", "Neither pass nor fail could be established.", Verdict.Inconclusive),
    ];

    private static AllureCategory Category(string name, string description, Verdict verdict) => new()
    {
        Name = name,
        Description = description,
        MatchedStatuses = [Status(verdict)],
        MessageRegex = $"(?s)^{verdict}:.*",
    };
}
