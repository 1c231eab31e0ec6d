using System.Text;
using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Messages;

namespace Harness.Tests.Protocol.Lwm2m.Messages;

/// <summary>
/// The TS's Register and Update examples (Core 1.1 §6.2: ep, lt=5000, lwm2m=1.1, b=U; then an Update
/// with lt=6000 to /rd/5a3f) encoded by hand per RFC 7252 §3.1, byte for byte.
/// </summary>
public class RegistrationGoldenBytesTests
{
    private const string Links = "</1/0>,</3/0>";

    [Test]
    public void The_register_example_encodes_to_the_hand_made_bytes()
    {
        string expected =
            "40020000"                                       // ver 1, CON, TKL 0, POST, message id 0
            + "b2" + Hex("rd")                               // Uri-Path (11), length 2
            + "1128"                                         // Content-Format (delta 1), 40
            + "39" + Hex("ep=epname")                        // Uri-Query (delta 3), length 9
            + "07" + Hex("lt=5000")                          // Uri-Query again (delta 0)
            + "09" + Hex("lwm2m=1.1")
            + "03" + Hex("b=U")
            + "ff" + Hex(Links);
        var register = new RegisterRequest("epname") { Lifetime = 5000, Binding = "U", ObjectLinks = ObjectLinks.Of("/1/0", "/3/0") };

        Assert.That(Convert.ToHexStringLower(CoapUdpCodec.Encode(register.ToCoapMessage())), Is.EqualTo(expected));
        var read = RegisterRequest.Parse(CoapUdpCodec.DecodeOrThrow(Convert.FromHexString(expected)), Lwm2mVersions.V11).GetOrThrow();
        Assert.That(read with { ObjectLinks = register.ObjectLinks }, Is.EqualTo(register));
    }

    [Test]
    public void The_update_example_encodes_to_the_hand_made_bytes()
    {
        string expected =
            "40020000"
            + "b2" + Hex("rd") + "04" + Hex("5a3f")          // Uri-Path rd, 5a3f
            + "47" + Hex("lt=6000");                         // Uri-Query (delta 4), length 7

        var update = UpdateRequest.To("/rd/5a3f") with { Lifetime = 6000 };

        Assert.That(Convert.ToHexStringLower(CoapUdpCodec.Encode(update.ToCoapMessage())), Is.EqualTo(expected));
        Assert.That(UpdateRequest.Parse(CoapUdpCodec.DecodeOrThrow(Convert.FromHexString(expected)), ["rd", "5a3f"]).GetOrThrow().Lifetime, Is.EqualTo(6000));
    }

    [Test]
    public void An_update_binding_is_judged_by_the_registration_version()
    {
        var message = (UpdateRequest.To("/rd/5a3f") with { Binding = "UQ" }).ToCoapMessage();

        Assert.That(UpdateRequest.Parse(message, version: Lwm2mVersions.V10).IsValid, Is.True);
        Assert.That(UpdateRequest.Parse(message, version: Lwm2mVersions.V11).Errors.Single().Field, Is.EqualTo("b"));
    }

    private static string Hex(string text) => Convert.ToHexStringLower(Encoding.UTF8.GetBytes(text));
}
