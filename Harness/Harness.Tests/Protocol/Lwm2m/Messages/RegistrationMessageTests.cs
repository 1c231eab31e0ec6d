using System.Text;
using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Messages;

namespace Harness.Tests.Protocol.Lwm2m.Messages;

public class RegistrationMessageTests
{
    // The shape of the TS's Register example (Core 1.1 §6.2.1 / §8 flows): POST /rd?ep=..&lt=..&lwm2m=1.1&b=U with object links.
    private const string ExampleLinks = "</1/0>,</1/1>,</2/0>,</2/1>,</2/2>,</2/3>,</2/4>,</3/0>,</4/0>,</5>";

    private static CoapMessage RegisterMessage(string query, string payload = ExampleLinks, int? contentFormat = ContentFormat.LinkFormat)
    {
        var options = new List<CoapOption> { CoapOption.FromString(OptionNumber.UriPath, "rd") };
        if (contentFormat is { } cf)
        {
            options.Add(CoapOption.FromUInt(OptionNumber.ContentFormat, (uint)cf));
        }

        options.AddRange(query.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(q => CoapOption.FromString(OptionNumber.UriQuery, q)));
        return new CoapMessage(CoapMessageType.Confirmable, CoapCode.Post, 1, new byte[] { 1 }, options, Encoding.UTF8.GetBytes(payload));
    }

    [Test]
    public void The_TS_register_example_reads_into_typed_fields_and_object_links()
    {
        var register = RegisterRequest.Parse(RegisterMessage("ep=epname&lt=5000&lwm2m=1.1&b=U"), Lwm2mVersions.V11).GetOrThrow();

        Assert.That(register.Endpoint, Is.EqualTo("epname"));
        Assert.That(register.Lifetime, Is.EqualTo(5000));
        Assert.That(register.Version, Is.EqualTo(Lwm2mVersions.V11));
        Assert.That(register.Binding, Is.EqualTo("U"));
        Assert.That(register.QueueMode, Is.False);
        Assert.That(register.ObjectLinks.InstancesOf(2), Is.EqualTo(new[] { 0, 1, 2, 3, 4 }));
        Assert.That(register.ObjectLinks.Links.Single(l => l.ObjectId == 5).Path.IsObject, Is.True);
    }

    [Test]
    public void A_register_built_with_defaults_is_the_canonical_message()
    {
        var message = new RegisterRequest("node-1") { Lifetime = 300 }.ToCoapMessage();

        Assert.That(message.Code, Is.EqualTo(CoapCode.Post));
        Assert.That(message.UriPath, Is.EqualTo("/rd"));
        Assert.That(message.UriQuery, Is.EqualTo(new[] { "ep=node-1", "lt=300", "lwm2m=1.1" }));
        Assert.That(message.ContentFormat, Is.EqualTo(ContentFormat.LinkFormat));
        Assert.That(Encoding.UTF8.GetString(message.Payload.Span), Is.EqualTo("</1/0>,</3/0>"));
    }

    [Test]
    public void Queue_mode_is_b_UQ_in_1_0_and_the_Q_flag_from_1_1_on()
    {
        var v10 = new RegisterRequest("a") { Version = Lwm2mVersions.V10, Binding = "U", QueueMode = true }.ToCoapMessage();
        var v11 = new RegisterRequest("a") { QueueMode = true }.ToCoapMessage();

        Assert.That(v10.UriQuery, Is.EqualTo(new[] { "ep=a", "lwm2m=1.0", "b=UQ" }));
        Assert.That(v11.UriQuery, Is.EqualTo(new[] { "ep=a", "lwm2m=1.1", "Q" }));
        Assert.That(RegisterRequest.Parse(v10).GetOrThrow().QueueMode, Is.True);
        Assert.That(RegisterRequest.Parse(v11).GetOrThrow().QueueMode, Is.True);
    }

    [Test]
    public void A_built_register_reads_back_equal_in_every_field()
    {
        var sent = new RegisterRequest("urn:imei:1") { Lifetime = 60, Binding = "UT", SmsNumber = "+4917", QueueMode = true, Version = Lwm2mVersions.V12 };

        var read = RegisterRequest.Parse(sent.ToCoapMessage(), Lwm2mVersions.V12).GetOrThrow();

        Assert.That(read with { ObjectLinks = sent.ObjectLinks }, Is.EqualTo(sent));
        Assert.That(read.ObjectLinks.ToString(), Is.EqualTo(sent.ObjectLinks.ToString()));
    }

    [TestCase("lt=300&lwm2m=1.1", "ep", "the Endpoint Client Name is missing")]
    [TestCase("ep=&lwm2m=1.1", "ep", "the Endpoint Client Name is empty")]
    [TestCase("ep=a&lt=-5&lwm2m=1.1", "lt", "lt=\"-5\" is not a lifetime in whole seconds")]
    [TestCase("ep=a&lwm2m=1.1&lt", "lt", "\"lt\" has no value; expected lt=...")]
    [TestCase("ep=a", "lwm2m", "the LwM2M version parameter is missing; it is mandatory from 1.1 on (expected lwm2m=1.1)")]
    [TestCase("ep=a&lwm2m=one", "lwm2m", "lwm2m=\"one\" is not a version like 1.1")]
    [TestCase("ep=a&lwm2m=1.1&b=UQ", "b", "\"UQ\" holds Q; from 1.1 on queue mode is the separate Q parameter")]
    [TestCase("ep=a&lwm2m=1.1&b=UX", "b", "\"UX\" has 'X'; 1.1 bindings are letters of UTSN")]
    [TestCase("ep=a&lwm2m=1.1&Q=1", "Q", "Q is a flag without value, got Q=1")]
    [TestCase("ep=a&lwm2m=1.1&ep=b", "Uri-Query \"ep=b\"", "ep is given more than once")]
    [TestCase("ep=a&lwm2m=1.1&x=1", "Uri-Query \"x=1\"", "unknown parameter; expected one of ep, lt, lwm2m, b, sms, Q")]
    public void A_malformed_register_is_reported_precisely(string query, string field, string problem)
    {
        var result = RegisterRequest.Parse(RegisterMessage(query), Lwm2mVersions.V11);

        Assert.That(result.IsValid, Is.False);
        var error = result.Errors.Single();
        Assert.That(error.Field, Is.EqualTo(field));
        Assert.That(error.Problem, Is.EqualTo(problem));
        Assert.That(error.Clause, Does.Contain("§6.2.1"));
    }

    [Test]
    public void Version_rules_differ_for_1_0()
    {
        var withoutVersion = RegisterRequest.Parse(RegisterMessage("ep=a&b=UQ"), Lwm2mVersions.V10).GetOrThrow();
        var qIn10 = RegisterRequest.Parse(RegisterMessage("ep=a&lwm2m=1.0&Q"));

        Assert.That(withoutVersion.EffectiveVersion, Is.EqualTo(Lwm2mVersions.V10));
        Assert.That(withoutVersion.QueueMode, Is.True);
        Assert.That(withoutVersion.Binding, Is.EqualTo("U"));
        Assert.That(qIn10.Errors.Single().Problem, Does.Contain("does not exist in 1.0"));
        Assert.That(RegisterRequest.Parse(RegisterMessage("ep=a&lwm2m=1.2&b=M")).IsValid, Is.True);
        Assert.That(RegisterRequest.Parse(RegisterMessage("ep=a&lwm2m=1.1&b=M")).IsValid, Is.False);
    }

    [Test]
    public void Every_error_of_one_register_is_reported_not_just_the_first()
    {
        var message = RegisterMessage("lt=x&b=Z", payload: string.Empty).WithCode(CoapCode.Put);

        var errors = RegisterRequest.Parse(message, Lwm2mVersions.V11).Errors.Select(e => e.Field);

        Assert.That(errors, Is.EquivalentTo(new[] { "code", "ep", "lwm2m", "lt", "b", "payload" }));
    }

    [Test]
    public void Malformed_link_format_reuses_the_link_parser_error_with_its_offset()
    {
        var result = RegisterRequest.Parse(RegisterMessage("ep=a&lwm2m=1.1", payload: "</1/0>,</3/0"));

        var error = result.Errors.Single();
        Assert.That(error.Field, Is.EqualTo("payload"));
        Assert.That(error.Problem, Does.StartWith("malformed link-format at byte"));
        Assert.That(error.Clause, Does.Contain("6690"));
    }

    [TestCase("</3/0/1>", "names neither an object nor an object instance")]
    [TestCase("</3>;ver=x", "ver=\"x\", not a version")]
    [TestCase("</abc>", "</abc>")]
    public void Object_links_that_are_not_objects_or_instances_are_errors(string payload, string problem)
    {
        var result = RegisterRequest.Parse(RegisterMessage("ep=a&lwm2m=1.1", payload));

        Assert.That(result.Errors.Single().Problem, Does.Contain(problem));
    }

    [Test]
    public void A_root_link_gives_the_alternate_path_content_formats_and_versions()
    {
        var links = ObjectLinks.Parse(Encoding.UTF8.GetBytes("</lwm2m>;rt=\"oma.lwm2m\";ct=\"60 110 11543\",</lwm2m/1/0>,</lwm2m/3>;ver=1.1,</lwm2m/3/0>")).GetOrThrow();

        Assert.That(links.AlternatePath, Is.EqualTo("/lwm2m"));
        Assert.That(links.ContentFormats, Is.EqualTo(new[] { 60, 110, 11543 }));
        Assert.That(links.VersionOf(3), Is.EqualTo(Lwm2mVersions.V11));
        Assert.That(links.InstancesOf(3), Is.EqualTo(new[] { 0 }));
    }

    [Test]
    public void The_TS_update_example_and_an_empty_update()
    {
        var update = UpdateRequest.Parse(UpdateRequest.To("/rd/5a3f") with { Lifetime = 6000 } is var u ? u.ToCoapMessage() : null!, ["rd", "5a3f"]).GetOrThrow();
        var empty = UpdateRequest.To("rd/5a3f").ToCoapMessage();

        Assert.That(update.Lifetime, Is.EqualTo(6000));
        Assert.That(update.ObjectLinks, Is.Null);
        Assert.That(empty.UriPath, Is.EqualTo("/rd/5a3f"));
        Assert.That(empty.UriQuery, Is.Empty);
        Assert.That(empty.Payload.IsEmpty, Is.True);
    }

    [Test]
    public void An_update_to_another_location_or_with_register_parameters_is_reported()
    {
        var message = new RegisterRequest("a").ToCoapMessage();

        var errors = UpdateRequest.Parse(message, ["rd", "5a3f"]).Errors;

        Assert.That(errors.Select(e => e.Field), Is.EquivalentTo(new[] { "Uri-Path", "Uri-Query \"ep=a\"", "Uri-Query \"lwm2m=1.1\"" }));
        Assert.That(errors[0].Problem, Is.EqualTo("expected /rd/5a3f, got /rd"));
    }

    [Test]
    public void Deregister_is_a_DELETE_of_the_location()
    {
        var message = DeregisterRequest.To("/rd/5a3f").ToCoapMessage();

        Assert.That(message.Code, Is.EqualTo(CoapCode.Delete));
        Assert.That(DeregisterRequest.Parse(message, ["rd", "5a3f"]).GetOrThrow().LocationPath, Is.EqualTo("/rd/5a3f"));
        Assert.That(DeregisterRequest.Parse(message.WithCode(CoapCode.Post)).Errors.Single().Problem, Is.EqualTo("expected 0.04 DELETE, got 0.02 POST"));
    }
}
