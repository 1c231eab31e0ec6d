using Harness.Testing.Timing;
using Microsoft.Extensions.Time.Testing;

namespace Harness.Tests.Testing.Timing;

/// <summary>The split of a test's time into waiting for the DUT and the harness's own, on a fake clock.</summary>
public sealed class TestTimeAccountTests
{
    [Test]
    public void Time_outside_waits_is_overhead_and_time_inside_is_waited()
    {
        var clock = new FakeTimeProvider();
        var account = new TestTimeAccount(clock);

        clock.Advance(TimeSpan.FromMilliseconds(3));
        using (account.BeginWait("Register"))
        {
            clock.Advance(TimeSpan.FromMilliseconds(200));
        }

        clock.Advance(TimeSpan.FromMilliseconds(7));
        var summary = account.Summarize();

        Assert.That(summary.Total, Is.EqualTo(TimeSpan.FromMilliseconds(210)));
        Assert.That(summary.Waited, Is.EqualTo(TimeSpan.FromMilliseconds(200)));
        Assert.That(summary.Overhead, Is.EqualTo(TimeSpan.FromMilliseconds(10)));
        Assert.That(summary.Waits, Is.EqualTo(1));
    }

    [Test]
    public void Overlapping_waits_count_once()
    {
        var clock = new FakeTimeProvider();
        var account = new TestTimeAccount(clock);

        var stop = account.BeginWait("the DUT to stop");
        clock.Advance(TimeSpan.FromMilliseconds(10));
        var farewell = account.BeginWait("De-register");
        clock.Advance(TimeSpan.FromMilliseconds(20));
        stop.Dispose();
        clock.Advance(TimeSpan.FromMilliseconds(5));
        farewell.Dispose();
        farewell.Dispose();
        clock.Advance(TimeSpan.FromMilliseconds(1));

        Assert.That(account.Waited, Is.EqualTo(TimeSpan.FromMilliseconds(35)));
        Assert.That(account.Summarize().Overhead, Is.EqualTo(TimeSpan.FromMilliseconds(1)));
        Assert.That(account.Waits, Is.EqualTo(2));
    }

    [Test]
    public void An_open_wait_counts_up_to_now()
    {
        var clock = new FakeTimeProvider();
        var account = new TestTimeAccount(clock);

        using var open = account.BeginWait("Update");
        clock.Advance(TimeSpan.FromSeconds(2));

        Assert.That(account.Waited, Is.EqualTo(TimeSpan.FromSeconds(2)));
    }

    [Test]
    public async Task A_wrapped_wait_counts_its_synchronous_start_and_ends_when_it_fails()
    {
        var clock = new FakeTimeProvider();
        var account = new TestTimeAccount(clock);

        var failing = account.WaitAsync("the DUT to start", () =>
        {
            clock.Advance(TimeSpan.FromMilliseconds(40));
            return Task.FromException<int>(new InvalidOperationException("no such program"));
        });
        Assert.That(async () => await failing, Throws.InvalidOperationException);
        clock.Advance(TimeSpan.FromMilliseconds(2));
        await account.WaitAsync("stimulus", () => Task.CompletedTask);

        Assert.That(account.Summarize(TimeSpan.FromMilliseconds(50)), Is.EqualTo(new TestTimeSummary(TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(40), 2)));
    }

    [Test]
    public void A_total_shorter_than_the_waits_leaves_no_negative_overhead() =>
        Assert.That(new TestTimeSummary(TimeSpan.FromMilliseconds(9), TimeSpan.FromMilliseconds(10), 1).Overhead, Is.EqualTo(TimeSpan.Zero));
}
