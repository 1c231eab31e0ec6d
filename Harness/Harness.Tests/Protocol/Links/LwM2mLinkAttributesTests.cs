using Harness.Protocol.Links;

namespace Harness.Tests.Protocol.Links;

public class LwM2mLinkAttributesTests
{
    [TestCase("</>;lwm2m=1.1")]
    [TestCase("</>;lwm2m=\"1.0\"")]
    [TestCase("</1>;ver=1.2")]
    [TestCase("</0/1>;ssid=101;uri=\"coaps://server_1.example.com\"")]
    [TestCase("</3/0/7>;dim=8;pmin=10;pmax=60;gt=50;lt=42.2")]
    [TestCase("</3303/0/5700>;epmin=1;epmax=30;edge=1;con=0;hqmax=10;st=0.5;obs")]
    [TestCase("</3/0>;gt=-12.5")]
    [TestCase("</3/0>;rt=\"oma.lwm2m\";unknown=whatever")]
    public void Valid_LwM2M_attributes_raise_nothing(string payload)
    {
        var link = LinkFormatParser.ParseOrThrow(payload).Single();

        Assert.That(LwM2mLinkAttributes.Validate(link), Is.Empty);
    }

    [TestCase("</1>;ver=1", "LWM2M-ATTR-VER")]
    [TestCase("</1>;ver=1.2.3", "LWM2M-ATTR-VER")]
    [TestCase("</>;lwm2m=one", "LWM2M-ATTR-LWM2M")]
    [TestCase("</0/1>;ssid=0", "LWM2M-ATTR-SSID")]
    [TestCase("</0/1>;ssid=65535", "LWM2M-ATTR-SSID")]
    [TestCase("</3/0/6>;dim=256", "LWM2M-ATTR-DIM")]
    [TestCase("</3/0>;pmin=-1", "LWM2M-ATTR-PMIN")]
    [TestCase("</3/0>;pmax=\"60\"", "LWM2M-ATTR-PMAX")]
    [TestCase("</3/0>;gt=abc", "LWM2M-ATTR-GT")]
    [TestCase("</3/0>;edge=2", "LWM2M-ATTR-EDGE")]
    [TestCase("</3/0>;con=yes", "LWM2M-ATTR-CON")]
    [TestCase("</3/0>;hqmax=1.5", "LWM2M-ATTR-HQMAX")]
    [TestCase("</0/1>;uri=\"not a uri\"", "LWM2M-ATTR-URI")]
    [TestCase("</3/0>;obs=1", "LWM2M-ATTR-OBS")]
    public void Broken_LwM2M_attribute_values_are_named(string payload, string rule)
    {
        var link = LinkFormatParser.ParseOrThrow(payload).Single();

        var errors = LwM2mLinkAttributes.Validate(link);

        Assert.That(errors.Select(e => e.Rule), Is.EqualTo(new[] { rule }));
        Assert.That(errors[0].Clause, Does.StartWith("OMA-TS-LightweightM2M_Core"));
    }

    [Test]
    public void The_TS_discover_examples_satisfy_the_attribute_rules()
    {
        var vectors = LinkFormatVector.All().Where(v => v.Error is null && v.File.StartsWith("lwm2m", StringComparison.Ordinal)).ToList();

        Assert.That(vectors, Is.Not.Empty);
        foreach (var vector in vectors)
        {
            var errors = LinkFormatParser.ParseOrThrow(vector.Payload).SelectMany(LwM2mLinkAttributes.Validate);
            Assert.That(errors, Is.Empty, vector.Name);
        }
    }
}
