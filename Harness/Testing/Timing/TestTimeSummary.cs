namespace Harness.Testing.Timing;

/// <summary>
/// Where one test case's time went. <see cref="Waited"/> is the time imposed by the DUT and the protocol
/// (the union of every wait for the DUT); <see cref="Overhead"/> is the rest, the harness's own work.
/// </summary>
/// <param name="Total">The test's wall time (from the runner's view when the runner measured it).</param>
/// <param name="Waited">The union of the test's waits for the DUT.</param>
/// <param name="Waits">How many waits were opened.</param>
public sealed record TestTimeSummary(TimeSpan Total, TimeSpan Waited, int Waits)
{
    /// <summary>Total minus waited; never negative (a total taken by another clock may be slightly shorter).</summary>
    public TimeSpan Overhead => Total > Waited ? Total - Waited : TimeSpan.Zero;
}
