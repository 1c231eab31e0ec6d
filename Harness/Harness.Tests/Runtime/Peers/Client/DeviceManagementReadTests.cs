using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m;
using Harness.Runtime.Peers.Client;

namespace Harness.Tests.Runtime.Peers.Client;

/// <summary>Read over loopback from the fake LwM2M Server: every level, every format, default formats and refusals.</summary>
public class DeviceManagementReadTests
{
    [TestCase("/3/0/0", ContentFormat.TextPlain)]
    [TestCase("/3/0/0", ContentFormat.LwM2mTlv)]
    [TestCase("/3/0/0", ContentFormat.SenmlJson)]
    [TestCase("/3/0/0", ContentFormat.SenmlCbor)]
    [TestCase("/3/0/0", ContentFormat.LwM2mCbor)]
    [TestCase("/3/0/7", ContentFormat.LwM2mTlv)]
    [TestCase("/3/0/7", ContentFormat.SenmlJson)]
    [TestCase("/3/0/7", ContentFormat.SenmlCbor)]
    [TestCase("/3/0/7", ContentFormat.LwM2mCbor)]
    [TestCase("/3/0/7/1", ContentFormat.TextPlain)]
    [TestCase("/3/0/7/1", ContentFormat.LwM2mTlv)]
    [TestCase("/3/0/7/1", ContentFormat.SenmlJson)]
    [TestCase("/3/0/7/1", ContentFormat.SenmlCbor)]
    [TestCase("/3/0/7/1", ContentFormat.LwM2mCbor)]
    [TestCase("/3/0", ContentFormat.LwM2mTlv)]
    [TestCase("/3/0", ContentFormat.SenmlJson)]
    [TestCase("/3/0", ContentFormat.SenmlCbor)]
    [TestCase("/3/0", ContentFormat.LwM2mCbor)]
    [TestCase("/3/0", ContentFormat.LwM2mJson)]
    [TestCase("/3", ContentFormat.LwM2mTlv)]
    [TestCase("/3", ContentFormat.SenmlJson)]
    [TestCase("/3", ContentFormat.SenmlCbor)]
    [TestCase("/3", ContentFormat.LwM2mCbor)]
    [TestCase("/1/0/1", ContentFormat.TextPlain)]
    public async Task A_read_answers_the_stored_nodes_in_the_accepted_format(string target, int format)
    {
        await using var client = await ClientUnderTest.StartAsync();
        var path = Lwm2mPath.Parse(target);

        var response = await client.Server.SendReadAsync(path, format);

        Assert.That(response.Code, Is.EqualTo(CoapCode.Content), response.ToString());
        Assert.That(response.ContentFormat, Is.EqualTo(format));
        Assert.That(response.Decoded?.Errors, Is.Empty, response.ToString());
        Assert.That(response.Content, Is.EqualTo(client.Store.Read(path).Content));
    }

    [TestCase("/3/0/0", ContentFormat.TextPlain)]
    [TestCase("/3/0/9", ContentFormat.TextPlain)]
    [TestCase("/3/0/7", ContentFormat.LwM2mTlv)]
    [TestCase("/3/0/7/0", ContentFormat.TextPlain)]
    [TestCase("/3/0", ContentFormat.LwM2mTlv)]
    [TestCase("/3", ContentFormat.LwM2mTlv)]
    public async Task Without_Accept_a_read_answers_the_default_format_of_its_level(string target, int format)
    {
        await using var client = await ClientUnderTest.StartAsync();

        var response = await client.Server.SendReadAsync(Lwm2mPath.Parse(target));

        Assert.That(response.ContentFormat, Is.EqualTo(format));
        Assert.That(response.Content, Is.Not.Null, response.ToString());
    }

    [TestCase("/3/0", ContentFormat.TextPlain, "4.06")]
    [TestCase("/3/0/0", ContentFormat.Json, "4.06")]
    [TestCase("/3/0/0", ContentFormat.LinkFormat + 1, "4.06")]
    [TestCase("/0/0", null, "4.01")]
    [TestCase("/0/0/0", ContentFormat.TextPlain, "4.01")]
    [TestCase("/3/0/99", null, "4.04")]
    [TestCase("/3/0/17", null, "4.04")]
    [TestCase("/3/1", null, "4.04")]
    [TestCase("/42", null, "4.04")]
    [TestCase("/3/0/4", null, "4.05")]
    public async Task A_read_that_cannot_be_served_is_refused_with_its_code(string target, int? format, string code)
    {
        await using var client = await ClientUnderTest.StartAsync();

        var response = await client.Server.SendReadAsync(Lwm2mPath.Parse(target), format);

        Assert.That(response.Code.ToString(), Does.StartWith(code), response.ToString());
    }

    [Test]
    public async Task The_wrong_read_format_fault_answers_TLV_whatever_was_accepted()
    {
        await using var faulty = await ClientUnderTest.StartAsync(new DeviceManagementOptions { Faults = DeviceManagementFaults.WrongReadContentFormat });
        await using var correct = await ClientUnderTest.StartAsync();
        var manufacturer = Lwm2mPath.Parse("/3/0/0");

        var wrong = await faulty.Server.SendReadAsync(manufacturer, ContentFormat.TextPlain);
        var right = await correct.Server.SendReadAsync(manufacturer, ContentFormat.TextPlain);

        Assert.That(wrong.ContentFormat, Is.EqualTo(ContentFormat.LwM2mTlv), "the int-201 check (Accept text/plain) must see TLV");
        Assert.That(wrong.Content, Is.EqualTo(right.Content), "the value itself is still right");
        Assert.That(right.ContentFormat, Is.EqualTo(ContentFormat.TextPlain));
    }

    [Test]
    public async Task A_request_with_a_method_LwM2M_does_not_use_is_refused_with_4_05()
    {
        await using var client = await ClientUnderTest.StartAsync();
        var patch = new CoapMessage(CoapMessageType.Confirmable, CoapCode.Patch).WithAddedOptions(CoapOption.FromString(OptionNumber.UriPath, "3"));

        var response = await client.Server.Endpoint.SendRequestAsync(patch, client.Endpoint.LocalEndPoint);

        Assert.That(response.Code, Is.EqualTo(CoapCode.MethodNotAllowed));
    }

    [Test]
    public async Task A_path_that_is_no_LwM2M_path_is_not_found()
    {
        await using var client = await ClientUnderTest.StartAsync();
        var get = new CoapMessage(CoapMessageType.Confirmable, CoapCode.Get).WithAddedOptions(CoapOption.FromString(OptionNumber.UriPath, "device"));

        var response = await client.Server.Endpoint.SendRequestAsync(get, client.Endpoint.LocalEndPoint);

        Assert.That(response.Code, Is.EqualTo(CoapCode.NotFound));
    }
}
