using System.Text;
using Harness.Protocol.Lwm2m.Content.SenmlJson;

namespace Harness.Tests.Protocol.Lwm2m.Content.SenmlJson;

/// <summary>Render shows records as a table of resolved names, value fields and times, then the broken rules.</summary>
public class SenmlJsonRenderTests
{
    private static string Render(string payload) => SenmlJsonCodec.Instance.Render(Encoding.UTF8.GetBytes(payload));

    [Test]
    public void Each_record_is_a_row_with_its_resolved_name_and_value()
    {
        string table = Render("[{\"bn\":\"/3/0/\",\"n\":\"0\",\"vs\":\"Open Mobile Alliance\"},{\"n\":\"6/1\",\"v\":5},{\"n\":\"16\",\"vb\":true}]");

        Assert.That(table, Does.StartWith("SenML JSON: 3 records\n"));
        Assert.That(table, Does.Contain("/3/0/0    vs \"Open Mobile Alliance\""));
        Assert.That(table, Does.Contain("/3/0/6/1  v 5"));
        Assert.That(table, Does.Contain("/3/0/16   vb true"));
        Assert.That(table, Does.Not.Contain("Errors:"));
    }

    [Test]
    public void Times_are_resolved_against_the_base_time()
    {
        string table = Render("[{\"bn\":\"/72/\",\"bt\":25462634,\"n\":\"1/2\",\"v\":22.4,\"t\":-5},{\"n\":\"1/2\",\"v\":22.9,\"t\":-30}]");

        Assert.That(table, Does.Contain("v 22.4  25462629"));
        Assert.That(table, Does.Contain("v 22.9  25462604"));
    }

    [Test]
    public void Data_values_show_their_length_and_removals_say_so()
    {
        string table = SenmlEtchJsonCodec.Instance.Render(Encoding.UTF8.GetBytes("[{\"n\":\"/5/0/0\",\"vd\":\"AQID\"},{\"n\":\"/3/0/11/0\",\"v\":null},{\"n\":\"/6/0/4\",\"vd\":\"A+\"}]"));

        Assert.That(table, Does.Contain("vd \"AQID\" (3 bytes)"));
        Assert.That(table, Does.Contain("/3/0/11/0  null (remove)"));
        Assert.That(table, Does.Contain("(not base64url)"));
    }

    [Test]
    public void A_broken_payload_shows_what_was_read_and_the_rules_broken()
    {
        string table = Render("[{\"n\":\"/3/0/9\",\"v\":1},{\"n\":\"/3/0/10\",\"v\":");

        Assert.That(table, Does.Contain("/3/0/9"));
        Assert.That(table, Does.Contain("Errors:"));
        Assert.That(table, Does.Contain(SenmlRuleIds.JsonSyntax));
    }

    [Test]
    public void Garbage_renders_as_an_error_without_records()
    {
        string table = SenmlJsonCodec.Instance.Render(new byte[] { 0xFF, 0x00, 0x7B });

        Assert.That(table, Does.StartWith("SenML JSON: 0 records"));
        Assert.That(table, Does.Contain(SenmlRuleIds.JsonUtf8));
    }
}
