using System.Text;
using Harness.Protocol.Lwm2m.Content.OmaJson;

namespace Harness.Tests.Protocol.Lwm2m.Content.OmaJson;

/// <summary>OMA JSON renders as the same table, with this format's member names.</summary>
public class OmaJsonRenderTests
{
    [Test]
    public void Entries_are_rows_with_resolved_names_and_oma_member_names()
    {
        string table = OmaJsonCodec.Instance.Render(Encoding.UTF8.GetBytes(
            "{\"e\":[{\"n\":\"0\",\"sv\":\"ACME\"},{\"n\":\"6/0\",\"v\":1},{\"n\":\"22/0\",\"ov\":\"11:0\"},{\"n\":\"30\",\"bv\":false,\"t\":-5}],\"bn\":\"/3/0/\",\"bt\":100}"));

        Assert.That(table, Does.StartWith("OMA JSON: 4 records\n"));
        Assert.That(table, Does.Contain("/3/0/0     sv \"ACME\"  100"));
        Assert.That(table, Does.Contain("/3/0/22/0  ov \"11:0\""));
        Assert.That(table, Does.Contain("/3/0/30    bv false   95"));
    }

    [Test]
    public void A_payload_that_is_not_an_object_renders_its_error()
    {
        string table = OmaJsonCodec.Instance.Render(Encoding.UTF8.GetBytes("[1,2]"));

        Assert.That(table, Does.StartWith("OMA JSON: 0 records"));
        Assert.That(table, Does.Contain(OmaJsonRuleIds.RootObject));
    }
}
