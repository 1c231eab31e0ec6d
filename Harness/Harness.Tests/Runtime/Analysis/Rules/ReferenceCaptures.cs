using System.Text;
using Harness.Protocol.Coap;
using static Harness.Protocol.Coap.CoapMessageType;

namespace Harness.Tests.Runtime.Analysis.Rules;

/// <summary>
/// The generated reference captures of Fixtures/Captures: each a script whose file name lists the rule ids the
/// analyzer must report on it ("clean" for none). Times are fixed, so the files are byte-for-byte reproducible.
/// Each faulty capture breaks one rule once, inside an otherwise conforming exchange.
/// </summary>
internal static class ReferenceCaptures
{
    /// <summary>A TLV Object Instance holding resource 0 (Manufacturer) "Open Mobile Alliance": 22 bytes.</summary>
    public static readonly byte[] DeviceTlv = [0xC8, 0x00, 20, .. Encoding.UTF8.GetBytes("Open Mobile Alliance")];

    public static IReadOnlyList<(string FileName, Func<WireScript> Script)> All { get; } =
    [
        ("clean-registration.clean.pcapng", CleanRegistration),
        ("format-empty-ack-with-token.WIRE-FORMAT.pcapng", EmptyAckWithToken),
        ("ack-unknown-mid.WIRE-ACK-MID.pcapng", AckWithUnknownMid),
        ("token-mismatch.WIRE-TOKEN.pcapng", PiggybackedTokenMismatch),
        ("retransmit-too-early.WIRE-RETRANSMIT.pcapng", RetransmitTooEarly),
        ("duplicate-answered-differently.WIRE-DUPLICATE.pcapng", DuplicateAnsweredDifferently),
        ("observe-stale-value.WIRE-OBSERVE-FRESH.pcapng", ObserveStaleValue),
        ("content-format-bad-tlv.WIRE-CONTENT-FORMAT.pcapng", ContentFormatBadTlv),
        ("block2-short-block.WIRE-BLOCK.pcapng", Block2ShortBlock),
        ("request-after-deregister.WIRE-AFTER-DEREGISTER.pcapng", RequestAfterDeregister),
        ("update-wrong-location.WIRE-LOCATION.pcapng", UpdateWrongLocation),
    ];

    /// <summary>The rule ids a capture's file name announces: the words between the first dot and ".pcapng", "clean" meaning none.</summary>
    public static IReadOnlyList<string> ExpectedRuleIds(string fileName)
    {
        var middle = fileName[(fileName.IndexOf('.', StringComparison.Ordinal) + 1)..fileName.LastIndexOf(".pcap", StringComparison.Ordinal)];
        return middle == "clean" ? [] : middle.Split('.');
    }

    /// <summary>Register, reads (text, TLV, separate response, Block2), an observation with CON and NON notifications cancelled by RST, a ping, an Update retransmitted once, De-register, a new Register and an Update to the new location.</summary>
    public static WireScript CleanRegistration() => new WireScript()
        .Up(0, Msg.Register(0x0100, 0x11), "Register")
        .Down(5, Msg.Created(0x0100, 0x11, "rd", "a1"))
        .Down(100, Msg.Request(CoapCode.Get, 0x2000, 0x21, "/3/0/0"), "Read /3/0/0")
        .Up(102, Msg.Text(Acknowledgement, 0x2000, 0x21, "Open Mobile Alliance"))
        .Down(200, Msg.Request(CoapCode.Get, 0x2001, 0x22, "/3/0", CoapOption.FromUInt(OptionNumber.Accept, ContentFormat.LwM2mTlv)), "Read /3/0 as TLV")
        .Up(202, Msg.Content(Acknowledgement, 0x2001, 0x22, ContentFormat.LwM2mTlv, DeviceTlv))
        .Down(300, Msg.Request(CoapCode.Get, 0x2002, 0x23, "/3/0/13", Msg.Observe(0)), "Observe /3/0/13")
        .Up(302, Msg.Text(Acknowledgement, 0x2002, 0x23, "1700000000", Msg.Observe(1)))
        .Up(1300, Msg.Text(Confirmable, 0x0101, 0x23, "1700000001", Msg.Observe(2)), "Notification (CON)")
        .Down(1302, Msg.EmptyAck(0x0101))
        .Up(2300, Msg.Text(NonConfirmable, 0x0102, 0x23, "1700000002", Msg.Observe(3)), "Notification (NON)")
        .Down(2400, Msg.Ping(0x2003), "CoAP ping")
        .Up(2401, Msg.Reset(0x2003))
        .Down(2500, Msg.Request(CoapCode.Get, 0x2004, 0x24, "/3/0/1"), "Read /3/0/1, answered separately")
        .Up(2502, Msg.EmptyAck(0x2004))
        .Up(2600, Msg.Text(Confirmable, 0x0103, 0x24, "Lightweight M2M Client"))
        .Down(2602, Msg.EmptyAck(0x0103))
        .Up(3300, Msg.Text(NonConfirmable, 0x0104, 0x23, "1700000003", Msg.Observe(4)), "Notification (NON)")
        .Down(3302, Msg.Reset(0x0104), "Cancel Observation by RST")
        .Up(4000, Msg.Request(CoapCode.Post, 0x0105, 0x12, "/rd/a1"), "Update (first copy lost)")
        .Up(6500, Msg.Request(CoapCode.Post, 0x0105, 0x12, "/rd/a1"), "Update retransmitted")
        .Down(6505, Msg.Ack(CoapCode.Changed, 0x0105, 0x12))
        .Down(7000, Msg.Request(CoapCode.Get, 0x2005, 0x25, "/3/0", Msg.Block2(0, false, 16)), "Read /3/0 block-wise")
        .Up(7002, Msg.Content(Acknowledgement, 0x2005, 0x25, ContentFormat.LwM2mTlv, DeviceTlv[..16], Msg.Block2(0, true, 16)))
        .Down(7100, Msg.Request(CoapCode.Get, 0x2006, 0x26, "/3/0", Msg.Block2(1, false, 16)))
        .Up(7102, Msg.Content(Acknowledgement, 0x2006, 0x26, ContentFormat.LwM2mTlv, DeviceTlv[16..], Msg.Block2(1, false, 16)))
        .Up(8000, Msg.Request(CoapCode.Delete, 0x0106, 0x13, "/rd/a1"), "De-register")
        .Down(8005, Msg.Ack(CoapCode.Deleted, 0x0106, 0x13))
        .Up(9000, Msg.Register(0x0107, 0x14), "Register again")
        .Down(9005, Msg.Created(0x0107, 0x14, "rd", "b2"))
        .Up(10000, Msg.Request(CoapCode.Post, 0x0108, 0x15, "/rd/b2"), "Update to the new location")
        .Down(10005, Msg.Ack(CoapCode.Changed, 0x0108, 0x15));

    /// <summary>The client acknowledges a Read with an empty ACK that carries a token (COAP-EMPTY-TOKEN), then answers separately.</summary>
    public static WireScript EmptyAckWithToken() => Registered()
        .Down(100, Msg.Request(CoapCode.Get, 0x2000, 0x21, "/3/0/0"), "Read /3/0/0")
        .Add(102, WireScript.Client, WireScript.Server, [0x61, 0x00, 0x20, 0x00, 0x21], "empty ACK with a token")
        .Up(150, Msg.Text(Confirmable, 0x0101, 0x21, "Open Mobile Alliance"))
        .Down(152, Msg.EmptyAck(0x0101));

    /// <summary>The client's piggybacked answer echoes a message id the server never used.</summary>
    public static WireScript AckWithUnknownMid() => Registered()
        .Down(100, Msg.Request(CoapCode.Get, 0x2000, 0x21, "/3/0/0"), "Read /3/0/0")
        .Up(102, Msg.Text(Acknowledgement, 0x2001, 0x21, "Open Mobile Alliance"), "ACK with the wrong message id");

    /// <summary>The client's piggybacked answer carries another token than the request's.</summary>
    public static WireScript PiggybackedTokenMismatch() => Registered()
        .Down(100, Msg.Request(CoapCode.Get, 0x2000, 0x21, "/3/0/0"), "Read /3/0/0")
        .Up(102, Msg.Text(Acknowledgement, 0x2000, 0x2F, "Open Mobile Alliance"), "response with the wrong token");

    /// <summary>The client retransmits its Register after 800 ms, below ACK_TIMEOUT (2 s).</summary>
    public static WireScript RetransmitTooEarly() => new WireScript()
        .Up(0, Msg.Register(0x0100, 0x11), "Register")
        .Up(800, Msg.Register(0x0100, 0x11), "Register retransmitted too early")
        .Down(900, Msg.Created(0x0100, 0x11, "rd", "a1"));

    /// <summary>The server retransmits a Read before the slow client's ACK; the client answers the copy with another value.</summary>
    public static WireScript DuplicateAnsweredDifferently() => Registered()
        .Down(100, Msg.Request(CoapCode.Get, 0x2000, 0x21, "/3/0/0"), "Read /3/0/0")
        .Down(2100, Msg.Request(CoapCode.Get, 0x2000, 0x21, "/3/0/0"), "Read retransmitted")
        .Up(2110, Msg.Text(Acknowledgement, 0x2000, 0x21, "Open Mobile Alliance"))
        .Up(2115, Msg.Text(Acknowledgement, 0x2000, 0x21, "Other Manufacturer"), "duplicate answered differently");

    /// <summary>A NON notification repeats the previous Observe value one second later.</summary>
    public static WireScript ObserveStaleValue() => Registered()
        .Down(100, Msg.Request(CoapCode.Get, 0x2000, 0x23, "/3/0/13", Msg.Observe(0)), "Observe /3/0/13")
        .Up(102, Msg.Text(Acknowledgement, 0x2000, 0x23, "1700000000", Msg.Observe(5)))
        .Up(1100, Msg.Text(NonConfirmable, 0x0101, 0x23, "1700000001", Msg.Observe(6)))
        .Up(2100, Msg.Text(NonConfirmable, 0x0102, 0x23, "1700000002", Msg.Observe(6)), "stale Observe value");

    /// <summary>A Read of /3/0 answered with a TLV whose resource claims 20 bytes but carries 3.</summary>
    public static WireScript ContentFormatBadTlv() => Registered()
        .Down(100, Msg.Request(CoapCode.Get, 0x2000, 0x22, "/3/0", CoapOption.FromUInt(OptionNumber.Accept, ContentFormat.LwM2mTlv)), "Read /3/0 as TLV")
        .Up(102, Msg.Content(Acknowledgement, 0x2000, 0x22, ContentFormat.LwM2mTlv, [0xC8, 0x00, 20, 0x4F, 0x4D, 0x41]), "truncated TLV");

    /// <summary>The first block of a Block2 answer says more follow but carries 10 of its 16 bytes.</summary>
    public static WireScript Block2ShortBlock() => Registered()
        .Down(100, Msg.Request(CoapCode.Get, 0x2000, 0x25, "/3/0", Msg.Block2(0, false, 16)), "Read /3/0 block-wise")
        .Up(102, Msg.Content(Acknowledgement, 0x2000, 0x25, ContentFormat.LwM2mTlv, DeviceTlv[..10], Msg.Block2(0, true, 16)), "short block with M=1");

    /// <summary>After its De-register was answered 2.02 the client still sends an Update.</summary>
    public static WireScript RequestAfterDeregister() => Registered()
        .Up(1000, Msg.Request(CoapCode.Delete, 0x0101, 0x13, "/rd/a1"), "De-register")
        .Down(1005, Msg.Ack(CoapCode.Deleted, 0x0101, 0x13))
        .Up(2000, Msg.Request(CoapCode.Post, 0x0102, 0x14, "/rd/a1"), "Update after De-register")
        .Down(2005, Msg.Ack(CoapCode.NotFound, 0x0102, 0x14));

    /// <summary>The client sends its Update to a location the server never gave it.</summary>
    public static WireScript UpdateWrongLocation() => Registered()
        .Up(1000, Msg.Request(CoapCode.Post, 0x0101, 0x14, "/rd/zz"), "Update to the wrong location")
        .Down(1005, Msg.Ack(CoapCode.NotFound, 0x0101, 0x14));

    private static WireScript Registered() => new WireScript()
        .Up(0, Msg.Register(0x0100, 0x11), "Register")
        .Down(5, Msg.Created(0x0100, 0x11, "rd", "a1"));
}
