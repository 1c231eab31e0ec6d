using Harness.Protocol.Lwm2m.Content.SenmlJson;
using Harness.Tests.Support;

namespace Harness.Tests.Protocol.Lwm2m.Content.SenmlJson;

/// <summary>SenmlJson/RULES.md documents exactly the rule ids SenmlRuleIds declares, each once with a level.</summary>
public class SenmlRuleTableTests
{
    [Test]
    public void Every_rule_id_has_one_row_in_the_rule_table_and_every_row_a_rule_id()
    {
        var rows = RuleTable.Rows(Path.Combine(RepositoryPaths.Root, "Harness", "Protocol", "Lwm2m", "Content", "SenmlJson", "RULES.md"), "SENML-");
        var ids = RuleTable.Ids(typeof(SenmlRuleIds));

        Assert.That(ids, Is.Unique);
        Assert.That(rows.Select(r => r.Id), Is.EquivalentTo(ids));
        Assert.That(rows.Select(r => r.Level), Has.All.AnyOf("Must", "Should"));
        Assert.That(rows.Where(r => r.Level == "Should").Select(r => r.Id), Is.EquivalentTo(new[] { SenmlRuleIds.DataPadding, SenmlRuleIds.Untyped }));
    }
}
