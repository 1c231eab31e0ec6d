using System.Reflection;
using Harness.Protocol.Lwm2m.Content.Cbor;
using Harness.Protocol.Lwm2m.Content.Lwm2mCbor;
using Harness.Protocol.Lwm2m.Content.SenmlCbor;
using Harness.Tests.Support;

namespace Harness.Tests.Protocol.Lwm2m.Content.Cbor;

/// <summary>Each RULES.md of the CBOR formats documents exactly the rule ids its code can report.</summary>
public class CborRuleTableTests
{
    [TestCase("Cbor", typeof(CborRuleIds), typeof(ContentRuleIds))]
    [TestCase("SenmlCbor", typeof(SenmlCborRuleIds))]
    [TestCase("Lwm2mCbor", typeof(Lwm2mCborRuleIds))]
    public void Every_rule_id_has_one_row_and_every_row_a_rule_id(string folder, params Type[] idClasses)
    {
        var table = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "Harness", "Protocol", "Lwm2m", "Content", folder, "RULES.md"));
        var ids = idClasses.SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();
        var rows = table.Split('\n')
            .Where(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| Rule id", StringComparison.Ordinal))
            .Select(l => l.Split('|')[1].Trim())
            .ToList();

        Assert.That(ids, Is.Unique);
        Assert.That(rows, Is.EquivalentTo(ids));
    }

    [Test]
    public void Every_row_names_a_level_and_a_clause()
    {
        foreach (var folder in new[] { "Cbor", "SenmlCbor", "Lwm2mCbor" })
        {
            var table = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "Harness", "Protocol", "Lwm2m", "Content", folder, "RULES.md"));
            foreach (var row in table.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal) && !l.StartsWith("| Rule id", StringComparison.Ordinal)))
            {
                var cells = row.Split('|');
                Assert.That(cells[2].Trim(), Is.AnyOf("Must", "Should"), row);
                Assert.That(cells[3].Trim(), Is.Not.Empty, row);
            }
        }
    }
}
