using System.Reflection;

namespace Harness.Tests.Protocol.Lwm2m.Content.SenmlJson;

/// <summary>Reads the rows of a RULES.md table and the rule id constants of a class.</summary>
internal static class RuleTable
{
    public static List<(string Id, string Level)> Rows(string file, string prefix) =>
        File.ReadAllLines(file)
            .Where(l => l.StartsWith("| " + prefix, StringComparison.Ordinal))
            .Select(l => l.Split('|'))
            .Select(cells => (cells[1].Trim(), cells[2].Trim()))
            .ToList();

    public static List<string> Ids(Type constants) =>
        constants.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToList();
}
