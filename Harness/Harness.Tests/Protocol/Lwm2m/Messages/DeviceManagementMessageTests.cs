using System.Text;
using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Messages;

namespace Harness.Tests.Protocol.Lwm2m.Messages;

public class DeviceManagementMessageTests
{
    private static readonly Lwm2mPath Device = Lwm2mPath.Parse("/3/0");

    private static IEnumerable<ILwm2mRequest> Requests()
    {
        yield return new ReadRequest(Lwm2mPath.Parse("/3/0/0")) { Accept = ContentFormat.TextPlain };
        yield return WriteRequest.Replace(Lwm2mPath.Parse("/1/0/1"), "300"u8.ToArray(), ContentFormat.TextPlain);
        yield return WriteRequest.PartialUpdate(Device, new byte[] { 0xC1, 0x0E, 0x2B }, ContentFormat.LwM2mTlv);
        yield return new ExecuteRequest(Lwm2mPath.Parse("/3/0/4")) { Arguments = [new(0, "x"), new(1, null)] };
        yield return new CreateRequest(Lwm2mPath.Parse("/1"), new byte[] { 0x08, 0x01 }, ContentFormat.LwM2mTlv);
        yield return new DeleteRequest(Lwm2mPath.Parse("/1/1"));
        yield return new DiscoverRequest(Device);
        yield return new WriteAttributesRequest(Lwm2mPath.Parse("/3/0/9"), new NotificationAttributes { MinimumPeriod = 5, MaximumPeriod = 60, Step = 2.5 });
        yield return new ObserveRequest(Lwm2mPath.Parse("/3/0/9"));
        yield return new CancelObservationRequest(Lwm2mPath.Parse("/3/0/9"), new byte[] { 7, 7 });
        yield return ReadCompositeRequest.Of(Lwm2mPath.Parse("/3/0/0"), Lwm2mPath.Parse("/1/0/1"));
        yield return new WriteCompositeRequest("[{\"n\":\"/1/0/1\",\"v\":60}]"u8.ToArray(), ContentFormat.SenmlJson);
        yield return ObserveCompositeRequest.Of(Lwm2mPath.Parse("/3/0/9"));
    }

    [TestCaseSource(nameof(Requests))]
    public void Each_operation_is_read_back_as_itself(ILwm2mRequest request)
    {
        var read = DownlinkRequestReader.Read(request.ToCoapMessage()).GetOrThrow();

        Assert.That(read.Operation, Is.EqualTo(request.Operation));
        Assert.That(read.ToCoapMessage(), Is.EqualTo(request.ToCoapMessage()));
    }

    [Test]
    public void Write_replace_is_PUT_and_partial_update_is_POST()
    {
        Assert.That(WriteRequest.Replace(Device, new byte[] { 1 }, ContentFormat.LwM2mTlv).ToCoapMessage().Code, Is.EqualTo(CoapCode.Put));
        Assert.That(WriteRequest.PartialUpdate(Device, new byte[] { 1 }, ContentFormat.LwM2mTlv).ToCoapMessage().Code, Is.EqualTo(CoapCode.Post));
    }

    [Test]
    public void Execute_arguments_travel_as_text()
    {
        var message = new ExecuteRequest(Lwm2mPath.Parse("/5/0/2")) { Arguments = [new(0, "http://x"), new(3, null)] }.ToCoapMessage();

        Assert.That(Encoding.UTF8.GetString(message.Payload.Span), Is.EqualTo("0='http://x',3"));
        Assert.That(message.ContentFormat, Is.EqualTo(ContentFormat.TextPlain));
    }

    [TestCase("0='a", "both quotes")]
    [TestCase("x", "expected a digit")]
    [TestCase("0='a'1", "expected ','")]
    public void Broken_execute_arguments_say_where(string text, string problem)
    {
        var message = new ExecuteRequest(Lwm2mPath.Parse("/5/0/2")).ToCoapMessage().WithPayload(text);

        Assert.That(DownlinkRequestReader.Read(message).Errors.Single().Problem, Does.Contain(problem));
    }

    [Test]
    public void Write_attributes_carry_every_typed_attribute_and_unset_names()
    {
        var attributes = new NotificationAttributes
        {
            MinimumPeriod = 1, MaximumPeriod = 2, GreaterThan = 10.5, LessThan = -3, Step = 0.5,
            MinimumEvaluationPeriod = 3, MaximumEvaluationPeriod = 4, Edge = true, Confirmable = false, MaximumHistoricalQueue = 8,
            Unset = new HashSet<string> { "pmin" },
        };

        var query = attributes.ToQuery();

        Assert.That(query, Is.EqualTo(new[] { "pmin=1", "pmax=2", "gt=10.5", "lt=-3", "st=0.5", "epmin=3", "epmax=4", "edge=1", "con=0", "hqmax=8", "pmin" }));
        var unsetOnly = NotificationAttributes.Parse(["pmax", "gt=1"]).GetOrThrow();
        Assert.That(unsetOnly.Unset, Is.EquivalentTo(new[] { "pmax" }));
        Assert.That(unsetOnly.GreaterThan, Is.EqualTo(1));
    }

    [Test]
    public void Bad_attributes_are_each_reported()
    {
        var errors = NotificationAttributes.Parse(["pmin=-1", "edge=2", "foo=1", "gt=abc"]).Errors;

        Assert.That(errors.Select(e => e.Field), Is.EqualTo(new[] { "pmin", "edge", "foo", "gt" }));
        Assert.That(errors[1].Problem, Is.EqualTo("edge=\"2\" must be 0 or 1"));
    }

    [Test]
    public void Composite_reads_list_paths_in_SenML_JSON()
    {
        var message = ReadCompositeRequest.Of(Lwm2mPath.Parse("/3/0/0"), Lwm2mPath.Parse("/1/0/1")).ToCoapMessage();

        Assert.That(message.Code, Is.EqualTo(CoapCode.Fetch));
        Assert.That(Encoding.UTF8.GetString(message.Payload.Span), Is.EqualTo("[{\"n\":\"/3/0/0\"},{\"n\":\"/1/0/1\"}]"));
        Assert.That(message.ContentFormat, Is.EqualTo(ContentFormat.SenmlJson));
    }

    [Test]
    public void Send_is_a_POST_to_dp_with_a_SenML_or_CBOR_payload()
    {
        var send = new SendRequest("[{\"n\":\"/3/0/9\",\"v\":80}]"u8.ToArray(), ContentFormat.SenmlJson);

        Assert.That(SendRequest.Parse(send.ToCoapMessage()).GetOrThrow().ContentFormat, Is.EqualTo(ContentFormat.SenmlJson));
        var wrong = send with { ContentFormat = ContentFormat.TextPlain };
        Assert.That(SendRequest.Parse(wrong.ToCoapMessage()).Errors.Single().Field, Is.EqualTo("Content-Format"));
    }

    [Test]
    public void Responses_come_from_named_factories()
    {
        var created = Lwm2mResponses.Created("/rd/5a3f");
        var content = Lwm2mResponses.Content("42"u8.ToArray(), ContentFormat.TextPlain);

        Assert.That(created.Code, Is.EqualTo(CoapCode.Created));
        Assert.That(created.LocationPathSegments, Is.EqualTo(new[] { "rd", "5a3f" }));
        Assert.That(content.ContentFormat, Is.EqualTo(ContentFormat.TextPlain));
        Assert.That(Lwm2mResponses.Changed().Code, Is.EqualTo(CoapCode.Changed));
        Assert.That(Lwm2mResponses.Deleted().Code, Is.EqualTo(CoapCode.Deleted));
        Assert.That(Lwm2mResponses.NotFound("no /9").Code, Is.EqualTo(CoapCode.NotFound));
        Assert.That(Lwm2mResponses.UnsupportedContentFormat().Code, Is.EqualTo(CoapCode.UnsupportedContentFormat));
        Assert.That(Lwm2mResponse.From(content).ToString(), Is.EqualTo("2.05 Content (2 B)"));
    }
}
