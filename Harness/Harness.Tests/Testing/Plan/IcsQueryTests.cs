using Harness.Testing.Plan;

namespace Harness.Tests.Testing.Plan;

public class IcsQueryTests
{
    private static readonly IcsSettings Ics = new()
    {
        Objects = [new IcsObject { Id = 3 }],
        Bindings = [BindingName.Udp],
        ContentFormats = [ContentFormatName.Tlv],
        SecurityModes = [SecurityModeName.Psk],
        Features = ["queueMode", "LWM2M-BOOT-004-C-O"],
    };

    [TestCase("object:3", null)]
    [TestCase("object:5", "ICS does not support object 5")]
    [TestCase("binding:udp", null)]
    [TestCase("binding:tcp", "ICS does not support binding tcp")]
    [TestCase("contentFormat:tlv", null)]
    [TestCase("contentFormat:senmlCbor", "ICS does not support contentFormat senmlCbor")]
    [TestCase("security:psk", null)]
    [TestCase("security:rpk", "ICS does not support security rpk")]
    [TestCase("feature:queueMode", null)]
    [TestCase("queueMode", null)]
    [TestCase("send", "ICS does not support feature send")]
    [TestCase("lwm2m-boot-004-c-o", "malformed ICS item \"lwm2m-boot-004-c-o\" is neither a static conformance id nor one of object:..., binding:..., contentFormat:..., security:..., feature:...")]
    [TestCase("LwM2M-BOOT-004-C-O", null)]
    [TestCase("LWM2M-FWU-001-C-O", "ICS does not list static conformance item LWM2M-FWU-001-C-O")]
    public void Each_kind_of_item_is_looked_up_in_its_section(string item, string? reason) =>
        Assert.That(IcsQuery.Unsupported(item, Ics), Is.EqualTo(reason));

    [TestCase("object:70000", "object id must be 0 to 65535")]
    [TestCase("binding:udq", "did you mean \"udp\"")]
    [TestCase("bindings:udp", "unknown kind \"bindings\"; did you mean \"binding\"?")]
    [TestCase("queue mode", "is neither a static conformance id")]
    [TestCase("feature:", "feature name is empty")]
    public void Malformed_items_say_what_is_wrong(string item, string problem) =>
        Assert.That(IcsQuery.Problem(item), Does.Contain(problem));
}
