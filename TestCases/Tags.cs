namespace TestCases;

/// <summary>NUnit categories the plan's selection rules can name.</summary>
internal static class Tags
{
    /// <summary>The OMA TestFest entry set.</summary>
    public const string TestFest = "testfest";

    /// <summary>Needs long protocol waits with the ETS timer values (lifetimes, MAX_TRANSMIT_WAIT); a plan can shorten them.</summary>
    public const string Slow = "slow";
}
