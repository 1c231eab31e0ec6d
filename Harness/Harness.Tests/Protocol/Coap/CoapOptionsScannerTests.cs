using Harness.Protocol.Coap;

namespace Harness.Tests.Protocol.Coap;

/// <summary>The shared option scanner as the TCP framing uses it: a base offset and other definitions.</summary>
public class CoapOptionsScannerTests
{
    // Option 2 twice (delta 2, then delta 0), one value byte each, then a payload.
    private static readonly byte[] Options = Convert.FromHexString("2107010aff55");

    [Test]
    public void Offsets_are_shifted_by_the_base_offset_and_the_payload_is_found()
    {
        var error = CoapOptionsScanner.Scan(Options, 0, 100, out int optionsEnd, out int payloadStart, out int count);

        Assert.That(error, Is.Null);
        Assert.That((optionsEnd, payloadStart, count), Is.EqualTo((4, 5, 2)));
    }

    [Test]
    public void Given_definitions_replace_the_registry()
    {
        var onlyOnce = new OptionDefinition(2, "Max-Message-Size", OptionFormat.UInt, 0, 4, false, "RFC 8323 §5.3.1");
        var error = CoapOptionsScanner.Scan(Options, 0, 100, out _, out _, out _, n => n == 2 ? onlyOnce : null);

        Assert.That(error?.Rule, Is.EqualTo(CoapRuleIds.OptionRepeated));
        Assert.That(error?.Offset, Is.EqualTo(102));
    }
}
