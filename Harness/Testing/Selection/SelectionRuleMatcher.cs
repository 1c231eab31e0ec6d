using Harness.Testing.Metadata;
using Harness.Testing.Plan;

namespace Harness.Testing.Selection;

/// <summary>Applies a plan's include and exclude globs to a test case, naming the rule that decided.</summary>
internal static class SelectionRuleMatcher
{
    /// <summary>Null when the test case is selected; otherwise which rule (or the lack of one) left it out.</summary>
    public static string? ExclusionReason(SelectionSettings selection, TestCaseMetadata testCase)
    {
        if (FirstMatch(selection.Exclude, testCase, "selection.exclude") is { } excluded)
        {
            return $"excluded by {excluded}";
        }

        if (!selection.Include.IsEmpty && FirstMatch(selection.Include, testCase, "selection.include") is null)
        {
            return "matches no rule of selection.include";
        }

        return null;
    }

    private static string? FirstMatch(SelectionRules rules, TestCaseMetadata testCase, string path)
    {
        var candidates = new (string Key, IReadOnlyList<string> Patterns, IEnumerable<string> Values)[]
        {
            ("ets", rules.Ets, testCase.EtsIds),
            ("interfaces", rules.Interfaces, testCase.Interface is null ? [] : [testCase.Interface]),
            ("tags", rules.Tags, testCase.Tags),
        };
        foreach (var (key, patterns, values) in candidates)
        {
            var pattern = patterns.FirstOrDefault(pattern => values.Any(value => GlobPattern.Matches(pattern, value)));
            if (pattern is not null)
            {
                return $"{path}.{key} \"{pattern}\"";
            }
        }

        return null;
    }
}
