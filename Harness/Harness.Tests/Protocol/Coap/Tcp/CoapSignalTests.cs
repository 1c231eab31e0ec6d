using Harness.Protocol.Coap;
using Harness.Protocol.Coap.Tcp;

namespace Harness.Tests.Protocol.Coap.Tcp;

public class CoapSignalTests
{
    [Test]
    public void Csm_reader_returns_what_the_factory_wrote()
    {
        var csm = CsmSignal.Read(CoapTcpCodec.DecodeOrThrow(CoapTcpCodec.Encode(CoapSignals.Csm(4096, blockWiseTransfer: true))));

        Assert.That(csm, Is.EqualTo(new CsmSignal(4096, BlockWiseTransfer: true)));
    }

    [Test]
    public void Peer_capabilities_start_at_base_values_and_accumulate()
    {
        var peer = PeerCapabilities.Base;
        Assert.That(peer.MaxMessageSize, Is.EqualTo(1152));
        Assert.That(peer.SupportsBert, Is.False);

        peer = peer.Apply(new CsmSignal(null, BlockWiseTransfer: true));
        Assert.That(peer.SupportsBert, Is.False, "Block-Wise-Transfer with 1152 is block-wise without BERT");

        peer = peer.Apply(new CsmSignal(8192));
        Assert.That(peer, Is.EqualTo(new PeerCapabilities(8192, true)));
        Assert.That(peer.SupportsBert, Is.True);

        peer = peer.Apply(new CsmSignal(1152));
        Assert.That(peer.SupportsBert, Is.False, "a later Max-Message-Size of 1152 withdraws BERT");
    }

    [Test]
    public void Pong_answers_a_ping_with_its_token()
    {
        var ping = CoapSignals.Ping(new byte[] { 0x42 }, custody: true);
        var pong = CoapSignals.PongFor(ping);

        Assert.That(pong.Code, Is.EqualTo(CoapCode.Pong));
        Assert.That(pong.TokenHex, Is.EqualTo("42"));
        Assert.That(CoapSignals.HasCustody(ping), Is.True);
        Assert.That(CoapSignals.HasCustody(pong), Is.False);
        Assert.Throws<ArgumentException>(() => CoapSignals.PongFor(pong));
    }

    [Test]
    public void Release_and_abort_carry_their_reasons()
    {
        var release = ReleaseSignal.Read(CoapSignals.Release(["a.example:5683", "b.example"], 60, "maintenance"));
        var abort = AbortSignal.Read(CoapSignals.Abort(9, "bad option"));

        Assert.That(release.AlternativeAddresses, Is.EqualTo(new[] { "a.example:5683", "b.example" }));
        Assert.That(release.HoldOffSeconds, Is.EqualTo(60));
        Assert.That(release.Diagnostic, Is.EqualTo("maintenance"));
        Assert.That(abort, Is.EqualTo(new AbortSignal(9, "bad option")));
    }

    [Test]
    public void Signaling_options_are_named_by_their_code()
    {
        Assert.That(CoapTcpMessageText.Describe(CoapSignals.Csm(1152, true)), Is.EqualTo("7.01 CSM [Max-Message-Size: 1152] [Block-Wise-Transfer]"));
        Assert.That(CoapTcpMessageText.Describe(CoapSignals.Ping(new byte[] { 0x42 }, custody: true)), Is.EqualTo("7.02 Ping token=42 [Custody]"));
        Assert.That(CoapTcpMessageText.Describe(CoapSignals.Release(["h:1"], 5)), Is.EqualTo("7.04 Release [Alternative-Address: h:1] [Hold-Off: 5]"));
        Assert.That(CoapTcpMessageText.Describe(CoapSignals.Abort(9, "x")), Is.EqualTo("7.05 Abort [Bad-CSM-Option: 9] payload 1 B"));
        Assert.That(SignalingOptionRegistry.NameOf(CoapCode.Csm, 4), Is.EqualTo("Block-Wise-Transfer"));
        Assert.That(SignalingOptionRegistry.NameOf(CoapCode.Release, 4), Is.EqualTo("Hold-Off"));
        Assert.That(SignalingOptionRegistry.NameOf(CoapCode.Abort, 4), Is.EqualTo("Signaling option 4"));
    }

    [Test]
    public void Unknown_elective_signaling_options_are_ignored_and_critical_ones_rejected()
    {
        var elective = CoapSignals.Csm().WithAddedOptions(CoapOption.Empty(8));
        var critical = CoapSignals.Ping().WithAddedOptions(CoapOption.Empty(9));

        Assert.That(CoapTcpCodec.Decode(CoapTcpCodec.Encode(elective)).IsValid, Is.True);
        var error = CoapTcpCodec.Decode(CoapTcpCodec.Encode(critical)).FirstError;
        Assert.That(error!.Rule, Is.EqualTo("COAP-TCP-SIG-CRITICAL"));
        Assert.That(error.Clause, Is.EqualTo("RFC 8323 §5.2"));
    }
}
