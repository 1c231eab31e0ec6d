using Harness.Protocol.Coap;
using Harness.Protocol.Coap.Observe;

namespace Harness.Tests.Protocol.Coap.Observe;

public class ObserveSequenceGeneratorTests
{
    [Test]
    public void Values_increase_and_wrap_at_2_to_the_24()
    {
        var generator = new ObserveSequenceGenerator(ObserveFreshness.SequenceModulus - 2);

        var values = Enumerable.Range(0, 4).Select(_ => generator.Next()).ToArray();

        Assert.That(values, Is.EqualTo(new[] { ObserveFreshness.SequenceModulus - 2, ObserveFreshness.SequenceModulus - 1, 0u, 1u }));
        Assert.That(generator.Last, Is.EqualTo(1));
    }

    [Test]
    public void Every_generated_value_is_fresh_for_an_observer_across_the_wrap()
    {
        var generator = new ObserveSequenceGenerator(ObserveFreshness.SequenceModulus - 1000);
        var tracker = new NotificationTracker();
        byte[] token = [1];
        tracker.Accept(token, generator.Next(), TimeSpan.Zero);

        for (int i = 1; i < 3000; i++)
        {
            var freshness = tracker.Accept(token, generator.Next(), TimeSpan.FromMilliseconds(i));
            Assert.That(freshness, Is.EqualTo(NotificationFreshness.Fresh), $"notification {i}");
        }
    }

    [Test]
    public void The_option_fits_three_bytes()
    {
        var option = new ObserveSequenceGenerator(ObserveFreshness.SequenceModulus - 1).NextOption();

        Assert.That(option.Number, Is.EqualTo(OptionNumber.Observe));
        Assert.That(option.Value.Length, Is.EqualTo(3));
    }

    [Test]
    public void A_start_outside_24_bits_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new ObserveSequenceGenerator(ObserveFreshness.SequenceModulus));
    }
}
