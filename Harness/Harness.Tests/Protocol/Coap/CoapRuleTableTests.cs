using System.Reflection;
using Harness.Protocol.Coap;
using Harness.Tests.Support;

namespace Harness.Tests.Protocol.Coap;

/// <summary>RULES.md documents exactly the rule ids the code can report.</summary>
public class CoapRuleTableTests
{
    [Test]
    public void Every_rule_id_has_one_row_in_the_rule_table_and_every_row_a_rule_id()
    {
        string table = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "Harness", "Protocol", "Coap", "RULES.md"));
        var ids = typeof(CoapRuleIds).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (string)f.GetRawConstantValue()!)
            .Where(id => id != CoapRuleIds.Unknown)
            .ToList();
        var rows = table.Split('\n').Where(l => l.StartsWith("| COAP-", StringComparison.Ordinal)).Select(l => l.Split('|')[1].Trim()).ToList();

        Assert.That(ids, Is.Unique);
        Assert.That(rows, Is.EquivalentTo(ids));
    }
}
