using Harness.Protocol.Coap;
using Harness.Protocol.Coap.Observe;

namespace Harness.Tests.Protocol.Coap.Observe;

public class NotificationTrackerTests
{
    private static readonly byte[] TokenA = [0xA1];
    private static readonly byte[] TokenB = [0xB2, 0x02];

    private static TimeSpan At(double seconds) => TimeSpan.FromSeconds(seconds);

    [Test]
    public void The_first_notification_for_a_token_is_taken()
    {
        var tracker = new NotificationTracker();

        Assert.That(tracker.Accept(TokenA, 7, At(0)), Is.EqualTo(NotificationFreshness.First));
        Assert.That(tracker.LastSequence(TokenA), Is.EqualTo(7));
    }

    [Test]
    public void A_reordered_notification_is_stale_and_does_not_become_the_reference()
    {
        var tracker = new NotificationTracker();
        tracker.Accept(TokenA, 7, At(0));
        tracker.Accept(TokenA, 9, At(1));

        Assert.That(tracker.Accept(TokenA, 8, At(2)), Is.EqualTo(NotificationFreshness.Stale));
        Assert.That(tracker.LastSequence(TokenA), Is.EqualTo(9));
        Assert.That(tracker.Accept(TokenA, 10, At(3)), Is.EqualTo(NotificationFreshness.Fresh));
    }

    [Test]
    public void Tokens_are_tracked_independently()
    {
        var tracker = new NotificationTracker();
        tracker.Accept(TokenA, 100, At(0));

        Assert.That(tracker.Accept(TokenB, 1, At(1)), Is.EqualTo(NotificationFreshness.First));
        Assert.That(tracker.Accept(TokenA, 50, At(1)), Is.EqualTo(NotificationFreshness.Stale));
        Assert.That(tracker.Count, Is.EqualTo(2));
    }

    [Test]
    public void Sequence_wrap_around_is_fresh()
    {
        var tracker = new NotificationTracker();
        tracker.Accept(TokenA, ObserveFreshness.SequenceModulus - 1, At(0));

        Assert.That(tracker.Accept(TokenA, 0, At(1)), Is.EqualTo(NotificationFreshness.Fresh));
    }

    [Test]
    public void A_stale_number_after_128_seconds_is_fresh()
    {
        var tracker = new NotificationTracker();
        tracker.Accept(TokenA, 500, At(0));

        Assert.That(tracker.Accept(TokenA, 2, At(129)), Is.EqualTo(NotificationFreshness.Fresh));
    }

    [Test]
    public void Messages_are_classified_by_token_and_Observe_option()
    {
        var tracker = new NotificationTracker();
        CoapMessage Notification(uint sequence) => new(CoapMessageType.NonConfirmable, CoapCode.Content, 1, TokenA, [CoapOption.FromUInt(OptionNumber.Observe, sequence)]);

        Assert.That(tracker.Accept(Notification(3), At(0)), Is.EqualTo(NotificationFreshness.First));
        Assert.That(tracker.Accept(Notification(2), At(1)), Is.EqualTo(NotificationFreshness.Stale));
        Assert.Throws<ArgumentException>(() => tracker.Accept(new CoapMessage(CoapMessageType.NonConfirmable, CoapCode.Content, 1, TokenA), At(2)));
    }

    [Test]
    public void A_forgotten_token_starts_over()
    {
        var tracker = new NotificationTracker();
        tracker.Accept(TokenA, 100, At(0));

        Assert.That(tracker.Forget(TokenA), Is.True);
        Assert.That(tracker.Accept(TokenA, 5, At(1)), Is.EqualTo(NotificationFreshness.First));
    }
}
