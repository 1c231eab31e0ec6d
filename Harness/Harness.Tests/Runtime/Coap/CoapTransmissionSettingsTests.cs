using Harness.Runtime.Coap;

namespace Harness.Tests.Runtime.Coap;

public class CoapTransmissionSettingsTests
{
    [Test]
    public void Defaults_are_the_values_of_RFC_7252_table_2()
    {
        var settings = CoapTransmissionSettings.Default;
        Assert.Multiple(() =>
        {
            Assert.That(settings.AckTimeout, Is.EqualTo(TimeSpan.FromSeconds(2)));
            Assert.That(settings.AckRandomFactor, Is.EqualTo(1.5));
            Assert.That(settings.MaxRetransmit, Is.EqualTo(4));
            Assert.That(settings.NStart, Is.EqualTo(1));
            Assert.That(settings.DefaultLeisure, Is.EqualTo(TimeSpan.FromSeconds(5)));
            Assert.That(settings.ProbingRate, Is.EqualTo(1.0));
            Assert.That(settings.MaxLatency, Is.EqualTo(TimeSpan.FromSeconds(100)));
        });
    }

    [Test]
    public void Derived_values_for_the_defaults_match_RFC_7252_table_3()
    {
        var settings = CoapTransmissionSettings.Default;
        Assert.Multiple(() =>
        {
            Assert.That(settings.MaxTransmitSpan, Is.EqualTo(TimeSpan.FromSeconds(45)));
            Assert.That(settings.MaxTransmitWait, Is.EqualTo(TimeSpan.FromSeconds(93)));
            Assert.That(settings.ProcessingDelay, Is.EqualTo(TimeSpan.FromSeconds(2)));
            Assert.That(settings.MaxRtt, Is.EqualTo(TimeSpan.FromSeconds(202)));
            Assert.That(settings.ExchangeLifetime, Is.EqualTo(TimeSpan.FromSeconds(247)));
            Assert.That(settings.NonLifetime, Is.EqualTo(TimeSpan.FromSeconds(145)));
        });
    }

    [Test]
    public void Derived_values_follow_changed_parameters()
    {
        var settings = new CoapTransmissionSettings
        {
            AckTimeout = TimeSpan.FromMilliseconds(100),
            AckRandomFactor = 2.0,
            MaxRetransmit = 2,
            MaxLatency = TimeSpan.FromSeconds(1),
        };

        Assert.Multiple(() =>
        {
            // 0.1 × (2^2 − 1) × 2 and 0.1 × (2^3 − 1) × 2
            Assert.That(settings.MaxTransmitSpan, Is.EqualTo(TimeSpan.FromMilliseconds(600)));
            Assert.That(settings.MaxTransmitWait, Is.EqualTo(TimeSpan.FromMilliseconds(1400)));
            Assert.That(settings.ProcessingDelay, Is.EqualTo(TimeSpan.FromMilliseconds(100)));
            Assert.That(settings.MaxRtt, Is.EqualTo(TimeSpan.FromMilliseconds(2100)));
            Assert.That(settings.ExchangeLifetime, Is.EqualTo(TimeSpan.FromMilliseconds(2700)));
            Assert.That(settings.NonLifetime, Is.EqualTo(TimeSpan.FromMilliseconds(1600)));
            Assert.That(settings.MaxInitialTimeout, Is.EqualTo(TimeSpan.FromMilliseconds(200)));
        });
    }

    [TestCase(0.0, 2000)]
    [TestCase(0.5, 2500)]
    [TestCase(1.0, 3000)]
    [TestCase(7.0, 3000)]
    public void Initial_timeout_spans_ack_timeout_to_ack_timeout_times_random_factor(double sample, int expectedMilliseconds)
    {
        Assert.That(CoapTransmissionSettings.Default.InitialTimeout(sample), Is.EqualTo(TimeSpan.FromMilliseconds(expectedMilliseconds)));
    }

    [Test]
    public void Validation_names_every_broken_rule()
    {
        var settings = new CoapTransmissionSettings
        {
            AckTimeout = TimeSpan.Zero,
            AckRandomFactor = 0.9,
            MaxRetransmit = -1,
            NStart = 0,
            ProbingRate = 0,
            MaxLatency = TimeSpan.FromSeconds(-1),
            DefaultLeisure = TimeSpan.FromSeconds(-1),
        };

        var error = Assert.Throws<ArgumentException>(() => settings.Validate());
        Assert.That(error!.Message, Does.Contain("ACK_TIMEOUT").And.Contain("ACK_RANDOM_FACTOR").And.Contain("MAX_RETRANSMIT")
            .And.Contain("NSTART").And.Contain("PROBING_RATE").And.Contain("MAX_LATENCY").And.Contain("DEFAULT_LEISURE"));
        Assert.That(settings.Problems(), Has.Count.EqualTo(7));
    }

    [Test]
    public void Default_settings_are_valid()
    {
        Assert.That(CoapTransmissionSettings.Default.Problems(), Is.Empty);
        Assert.That(CoapTransmissionSettings.Default.Validate(), Is.SameAs(CoapTransmissionSettings.Default));
    }
}
