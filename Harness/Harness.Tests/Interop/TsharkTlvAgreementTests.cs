using System.Globalization;
using System.Net;
using System.Xml.Linq;
using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Content;
using Harness.Protocol.Lwm2m.Content.Tlv;
using Harness.Protocol.Lwm2m.Nodes;
using Harness.Protocol.Lwm2m.Values;
using Harness.Tests.Protocol.Lwm2m.Content;
using Harness.Tests.Support;

namespace Harness.Tests.Interop;

/// <summary>
/// Wireshark's LwM2M TLV dissector as an independent reader of our encoder: a pcap of CoAP reads answered
/// with our TLV (Content-Format 11542) goes through tshark, and tshark must find the same records (type,
/// identifier, length, value bytes, nesting) and, where its object definitions type a value, the same value.
/// </summary>
[Category("Interop")]
public class TsharkTlvAgreementTests
{
    private static readonly IPEndPoint Client = new(IPAddress.Loopback, 56830);
    private static readonly IPEndPoint Server = new(IPAddress.Loopback, 5683);
    private static readonly string[] RecordFields = ["lwm2mtlv.object_instance", "lwm2mtlv.resource", "lwm2mtlv.resource_array", "lwm2mtlv.resource_instance"];

    private static IEnumerable<(Lwm2mPath Path, Lwm2mNode Node)> Reads()
    {
        yield return (new Lwm2mPath(3, 0), DeviceSample.Instance());
        yield return (new Lwm2mPath(1), new Lwm2mObject(1,
            new Lwm2mObjectInstance(0, new Lwm2mSingleResource(0, Lwm2mValue.Integer(101)), new Lwm2mSingleResource(1, Lwm2mValue.Integer(86400)), new Lwm2mSingleResource(6, Lwm2mValue.Boolean(true)), new Lwm2mSingleResource(7, Lwm2mValue.String("U"))),
            new Lwm2mObjectInstance(1, new Lwm2mSingleResource(0, Lwm2mValue.Integer(102)), new Lwm2mSingleResource(1, Lwm2mValue.Integer(-600)), new Lwm2mSingleResource(6, Lwm2mValue.Boolean(false)), new Lwm2mSingleResource(7, Lwm2mValue.String("UQ")))));
        yield return (new Lwm2mPath(2), new Lwm2mObject(2, new Lwm2mObjectInstance(0,
            new Lwm2mSingleResource(0, Lwm2mValue.Integer(3)), new Lwm2mSingleResource(1, Lwm2mValue.Integer(0)),
            new Lwm2mMultipleResource(2, new Lwm2mResourceInstance(127, Lwm2mValue.Integer(7)), new Lwm2mResourceInstance(310, Lwm2mValue.Integer(1))),
            new Lwm2mSingleResource(3, Lwm2mValue.Integer(127)))));
        yield return (new Lwm2mPath(3, 0, 7), Lwm2mMultipleResource.FromValues(7, Lwm2mValue.Integer(3800), Lwm2mValue.Integer(-5000), Lwm2mValue.Integer(int.MaxValue + 1L)));
        yield return (new Lwm2mPath(3, 0, 0), new Lwm2mSingleResource(0, Lwm2mValue.String(string.Concat(Enumerable.Repeat("Open Mobile Alliance ", 15)))));
    }

    [Test]
    public async Task Tshark_reads_the_same_records_and_values_from_our_TLV_responses()
    {
        var reads = Reads().ToList();
        var payloads = reads.Select(r => TlvCodec.Instance.Encode(Lwm2mContent.Single(r.Path, r.Node), Lwm2mCodecContext.For(r.Path, Lwm2mVersions.V11))).ToList();
        string pcap = Path.Combine(Path.GetTempPath(), $"tlv-agreement-{Guid.NewGuid():N}.pcap");
        WriteCapture(reads, payloads, pcap);
        try
        {
            await using var tshark = await ExternalProcess.RunAsync("tshark", ["-r", pcap, "-T", "pdml"], TimeSpan.FromSeconds(90), "Debian package tshark; run-tests.sh installs it");
            Assert.That(tshark.ExitCode, Is.Zero, tshark.StandardError);
            var dissected = XDocument.Parse(tshark.StandardOutput).Root!.Elements("packet")
                .Select(p => p.Descendants("proto").FirstOrDefault(e => (string?)e.Attribute("name") == "lwm2mtlv"))
                .ToList();
            Assert.That(dissected, Has.Count.EqualTo(2 * reads.Count));

            int typedValues = 0;
            for (int i = 0; i < reads.Count; i++)
            {
                var theirs = dissected[(2 * i) + 1];
                Assert.That(theirs, Is.Not.Null, $"tshark found no LwM2M TLV in the response to {reads[i].Path}");
                var ours = TlvSyntax.Parse(payloads[i]).Records.SelectMany(r => Flatten(r, 0)).ToList();
                var theirRecords = theirs!.Elements("field").Where(IsRecord).SelectMany(f => TheirRecords(f, 0)).ToList();
                Assert.That(theirRecords.Select(t => t.Record), Is.EqualTo(ours), $"records of the response to {reads[i].Path}");
                typedValues += CountAgreeingValues(reads[i].Node, theirs);
            }

            Assert.That(typedValues, Is.GreaterThanOrEqualTo(25), "tshark typed enough values for the comparison to mean something");
        }
        finally
        {
            File.Delete(pcap);
        }
    }

    private static void WriteCapture(List<(Lwm2mPath Path, Lwm2mNode Node)> reads, List<byte[]> payloads, string file)
    {
        var capture = new PcapFileWriter();
        for (int i = 0; i < reads.Count; i++)
        {
            ushort messageId = (ushort)(0x4000 + i);
            byte[] token = [0xA0, (byte)i];
            var options = reads[i].Path.ToUriPath().Select(s => CoapOption.FromString(OptionNumber.UriPath, s))
                .Append(CoapOption.FromUInt(OptionNumber.Accept, ContentFormat.LwM2mTlv));
            var request = new CoapMessage(CoapMessageType.Confirmable, CoapCode.Get, messageId, token, options);
            var response = new CoapMessage(CoapMessageType.Acknowledgement, CoapCode.Content, messageId, token,
                [CoapOption.FromUInt(OptionNumber.ContentFormat, ContentFormat.LwM2mTlv)], payloads[i]);
            capture.AddUdp(Client, Server, CoapUdpCodec.Encode(request));
            capture.AddUdp(Server, Client, CoapUdpCodec.Encode(response));
        }

        capture.Save(file);
    }

    /// <summary>Our records in document order: depth, type, identifier, value length, value bytes of leaves.</summary>
    private static IEnumerable<string> Flatten(TlvRecord record, int depth)
    {
        yield return Describe(depth, (int)record.Type, record.Id, record.Header!.Value.ValueLength, record.IsContainer ? "" : Convert.ToHexStringLower(record.Value.Span));
        foreach (var child in record.Children.SelectMany(c => Flatten(c, depth + 1)))
        {
            yield return child;
        }
    }

    private static IEnumerable<(string Record, string? Typed)> TheirRecords(XElement field, int depth)
    {
        var header = field.Elements("field").First(f => Name(f) == "lwm2mtlv.header");
        int type = Show(header, "lwm2mtlv.type.type");
        int id = Show(header, "lwm2mtlv.identifier");
        int length = header.Elements("field").Any(f => Name(f) == "lwm2mtlv.length") ? Show(header, "lwm2mtlv.length") : Show(header, "lwm2mtlv.type.length");
        var children = field.Elements("field").Where(IsRecord).ToList();
        string value = children.Count == 0 && type is 1 or 3 ? (string?)field.Elements("field").FirstOrDefault(f => Name(f) == "lwm2mtlv.value")?.Attribute("value") ?? "" : "";
        yield return (Describe(depth, type, id, length, value), null);
        foreach (var child in children.SelectMany(c => TheirRecords(c, depth + 1)))
        {
            yield return child;
        }
    }

    /// <summary>Values tshark typed by its object definitions (fields named after the resource), each checked against ours.</summary>
    private static int CountAgreeingValues(Lwm2mNode node, XElement dissection)
    {
        var ourValues = Values(node).ToList();
        var typed = dissection.Descendants("field")
            .Where(f => Name(f).StartsWith("lwm2mtlv.resource.", StringComparison.Ordinal) && f.Attribute("value") is not null)
            .Select(f => ((string)f.Attribute("value")!, (string?)f.Attribute("show") ?? ""))
            .ToList();
        foreach (var (hex, show) in typed)
        {
            var match = ourValues.Where(v => v.Hex == hex).Select(v => v.Value).ToList();
            Assert.That(match, Is.Not.Empty, $"tshark shows {show} for bytes {hex} that carry none of our values");
            Assert.That(match.Any(v => Agrees(v, show)), Is.True, $"tshark reads {show} where we wrote {string.Join(" or ", match)}");
        }

        return typed.Count;
    }

    private static bool Agrees(Lwm2mValue value, string show) => value switch
    {
        StringValue text => show == text.Value,
        IntegerValue integer => show == integer.Value.ToString(CultureInfo.InvariantCulture),
        BooleanValue boolean => show is "1" or "True" or "true" == boolean.Value,
        TimeValue time => show.Contains(time.ToDateTimeOffset().Year.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal),
        _ => true,
    };

    private static IEnumerable<(string Hex, Lwm2mValue Value)> Values(Lwm2mNode node) => node switch
    {
        Lwm2mObject obj => obj.Instances.SelectMany(Values),
        Lwm2mObjectInstance instance => instance.Resources.SelectMany(Values),
        Lwm2mMultipleResource multiple => multiple.Instances.SelectMany(Values),
        Lwm2mSingleResource single => [(Hex(single.Id, single.Value), single.Value)],
        Lwm2mResourceInstance instance => [(Hex(instance.Id, instance.Value), instance.Value)],
        _ => [],
    };

    /// <summary>The value bytes our encoder writes for <paramref name="value"/>, via a one-record payload.</summary>
    private static string Hex(int id, Lwm2mValue value)
    {
        var path = new Lwm2mPath(3, 0, 0, id);
        byte[] record = TlvCodec.Instance.Encode(Lwm2mContent.Single(path, new Lwm2mResourceInstance(id, value)), Lwm2mCodecContext.For(path, Lwm2mVersions.V11));
        return Convert.ToHexStringLower(TlvSyntax.Parse(record).Records[0].Value.Span);
    }

    private static string Describe(int depth, int type, int id, int length, string value) =>
        $"{new string(' ', depth * 2)}{type}/{id} len {length} {value}".TrimEnd();

    private static bool IsRecord(XElement field) => RecordFields.Contains(Name(field));

    private static string Name(XElement field) => (string?)field.Attribute("name") ?? "";

    private static int Show(XElement header, string name) =>
        int.Parse((string)header.Elements("field").First(f => Name(f) == name).Attribute("show")!, CultureInfo.InvariantCulture);
}
