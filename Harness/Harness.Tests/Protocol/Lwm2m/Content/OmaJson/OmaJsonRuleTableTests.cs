using Harness.Protocol.Lwm2m.Content.OmaJson;
using Harness.Tests.Protocol.Lwm2m.Content.SenmlJson;
using Harness.Tests.Support;

namespace Harness.Tests.Protocol.Lwm2m.Content.OmaJson;

/// <summary>OmaJson/RULES.md documents exactly the rule ids OmaJsonRuleIds declares.</summary>
public class OmaJsonRuleTableTests
{
    [Test]
    public void Every_rule_id_has_one_row_in_the_rule_table_and_every_row_a_rule_id()
    {
        var rows = RuleTable.Rows(Path.Combine(RepositoryPaths.Root, "Harness", "Protocol", "Lwm2m", "Content", "OmaJson", "RULES.md"), "OMAJSON-");
        var ids = RuleTable.Ids(typeof(OmaJsonRuleIds));

        Assert.That(ids, Is.Unique);
        Assert.That(rows.Select(r => r.Id), Is.EquivalentTo(ids));
        Assert.That(rows.Where(r => r.Level == "Should").Select(r => r.Id), Is.EquivalentTo(new[] { OmaJsonRuleIds.FieldUnknown, OmaJsonRuleIds.Untyped }));
    }
}
