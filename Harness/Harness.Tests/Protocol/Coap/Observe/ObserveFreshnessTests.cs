using Harness.Protocol.Coap.Observe;

namespace Harness.Tests.Protocol.Coap.Observe;

/// <summary>RFC 7641 §3.4 ordering, with the wrap-around and 2^23 boundaries.</summary>
public class ObserveFreshnessTests
{
    private const uint Max = ObserveFreshness.SequenceModulus - 1;
    private const uint Half = ObserveFreshness.HalfRange;
    private static readonly TimeSpan T0 = TimeSpan.FromSeconds(1000);
    private static readonly TimeSpan Soon = T0 + TimeSpan.FromSeconds(1);

    [TestCase(1u, 2u, true, TestName = "V2 one ahead is newer")]
    [TestCase(2u, 1u, false, TestName = "V2 one behind is stale")]
    [TestCase(5u, 5u, false, TestName = "The same number is stale")]
    [TestCase(Max, 0u, true, TestName = "Wrap from 2^24-1 to 0 is newer")]
    [TestCase(Max - 10, 5u, true, TestName = "Wrap a little further is newer")]
    [TestCase(0u, Max, false, TestName = "0 then 2^24-1 is stale (backwards across the wrap)")]
    [TestCase(0u, Half - 1, true, TestName = "Ahead by 2^23-1 is newer")]
    [TestCase(0u, Half, false, TestName = "Ahead by exactly 2^23 is stale")]
    [TestCase(Half, 0u, false, TestName = "Behind by exactly 2^23 is stale")]
    [TestCase(Half + 1, 0u, true, TestName = "Behind by 2^23+1 counts as wrapped and newer")]
    public void Sequence_numbers_within_the_window(uint previous, uint candidate, bool newer)
    {
        Assert.That(ObserveFreshness.IsNewer(previous, T0, candidate, Soon), Is.EqualTo(newer));
    }

    [Test]
    public void After_more_than_128_seconds_any_number_is_newer()
    {
        var later = T0 + TimeSpan.FromSeconds(128) + TimeSpan.FromTicks(1);

        Assert.That(ObserveFreshness.IsNewer(10, T0, 3, later), Is.True);
    }

    [Test]
    public void At_exactly_128_seconds_the_number_still_decides()
    {
        var later = T0 + TimeSpan.FromSeconds(128);

        Assert.That(ObserveFreshness.IsNewer(10, T0, 3, later), Is.False);
    }

    [Test]
    public void Values_outside_24_bits_are_harness_misuse()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ObserveFreshness.IsNewer(ObserveFreshness.SequenceModulus, T0, 1, Soon));
    }
}
