using System.Reflection;
using Harness.Protocol.Lwm2m.Content.Text;
using Harness.Protocol.Lwm2m.Content.Tlv;
using Harness.Tests.Support;

namespace Harness.Tests.Protocol.Lwm2m.Content;

/// <summary>Each codec's RULES.md documents exactly the rule ids the code can report, each once.</summary>
public class ContentRuleTableTests
{
    [TestCase(typeof(TlvRuleIds), "Tlv", "| TLV-")]
    [TestCase(typeof(TextRuleIds), "Text", "| TEXT-", "| OPAQUE-")]
    public void Every_rule_id_has_one_row_in_the_rule_table_and_every_row_a_rule_id(Type ruleIds, string folder, params string[] rowPrefixes)
    {
        string table = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "Harness", "Protocol", "Lwm2m", "Content", folder, "RULES.md"));
        var ids = ruleIds.GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!).ToList();
        var rows = table.Split('\n')
            .Where(line => rowPrefixes.Any(prefix => line.StartsWith(prefix, StringComparison.Ordinal)))
            .Select(line => line.Split('|')[1].Trim())
            .ToList();

        Assert.That(ids, Is.Unique);
        Assert.That(rows, Is.EquivalentTo(ids));
    }
}
