using Harness.Protocol.Coap;
using Harness.Runtime.Analysis.Rules;

namespace Harness.Tests.Runtime.Analysis.Rules;

/// <summary>WIRE-AFTER-DEREGISTER and WIRE-LOCATION on the legitimate cases around a registration's end.</summary>
public sealed class RegistrationRuleTests
{
    private static WireScript Deregistered(CoapCode answer) => new WireScript()
        .Up(0, Msg.Register(0x0100, 0x11))
        .Down(5, Msg.Created(0x0100, 0x11, "rd", "a1"))
        .Up(1000, Msg.Request(CoapCode.Delete, 0x0101, 0x13, "/rd/a1"))
        .Down(1005, Msg.Ack(answer, 0x0101, 0x13));

    [Test]
    public void Answering_the_server_after_de_registration_is_allowed()
    {
        var script = Deregistered(CoapCode.Deleted)
            .Down(2000, Msg.Request(CoapCode.Get, 0x2000, 0x21, "/3/0/0"))
            .Up(2002, Msg.Ack(CoapCode.NotFound, 0x2000, 0x21));

        Assert.That(RuleRun.Of(new AfterDeregistrationRule(), script), Is.Empty);
    }

    [Test]
    public void A_De_register_that_failed_ends_nothing()
    {
        var script = Deregistered(CoapCode.NotFound).Up(2000, Msg.Request(CoapCode.Post, 0x0102, 0x14, "/rd/a1"));

        Assert.That(RuleRun.Of(new AfterDeregistrationRule(), script), Is.Empty);
    }

    [Test]
    public void A_copy_of_the_DELETE_crossing_the_answer_is_not_a_new_request()
    {
        var script = Deregistered(CoapCode.Deleted).Up(3000, Msg.Request(CoapCode.Delete, 0x0101, 0x13, "/rd/a1"));

        Assert.That(RuleRun.Of(new AfterDeregistrationRule(), script), Is.Empty);
    }

    [Test]
    public void Send_and_updates_of_an_unseen_registration_are_not_judged()
    {
        var script = new WireScript()
            .Up(0, Msg.Request(CoapCode.Post, 0x0100, 0x11, "/rd/whatever"))
            .Down(5, Msg.Ack(CoapCode.Changed, 0x0100, 0x11))
            .Up(10, Msg.Request(CoapCode.Post, 0x0101, 0x12, "/dp"));

        Assert.That(RuleRun.Of(new LocationPathRule(), script), Is.Empty);
    }

    [Test]
    public void A_De_register_to_another_location_is_a_violation()
    {
        var script = new WireScript()
            .Up(0, Msg.Register(0x0100, 0x11))
            .Down(5, Msg.Created(0x0100, 0x11, "rd", "a1"))
            .Up(1000, Msg.Request(CoapCode.Delete, 0x0101, 0x13, "/rd/b2"));

        Assert.That(RuleRun.Of(new LocationPathRule(), script).Single().Clause, Does.EndWith("§6.2.3"));
    }
}
