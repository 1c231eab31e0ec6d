using Harness.Testing.Metadata;

namespace Harness.Testing.Traceability;

/// <summary>
/// Builds the matrix. A test case addresses a requirement when it names the requirement's id in [Requirement], or
/// carries an ETS id the catalog links to the requirement. Links to SCR items and clauses are shown, not counted:
/// an SCR item such as "Support of Register" is far broader than one requirement.
/// </summary>
public static class TraceabilityMatrixBuilder
{
    /// <summary>Also used in the text of the matrix for a test case that names the requirement itself.</summary>
    public const string ViaRequirement = "requirement";

    public static TraceabilityMatrix Build(RequirementCatalog catalog, IReadOnlyList<TestCaseMetadata> testCases, RunResults? results)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(testCases);
        var rows = catalog.Requirements.Select(requirement => Row(catalog, requirement, testCases, results)).ToList();
        var scrRows = testCases.SelectMany(testCase => testCase.RequirementIds)
            .Distinct(StringComparer.Ordinal)
            .Where(id => catalog.FindStaticConformanceItem(id).Count > 0)
            .Order(StringComparer.Ordinal)
            .Select(id => new ScrTraceRow(id, catalog.FindStaticConformanceItem(id), TestsNaming(id, testCases, results), ChecksCiting(id, results)))
            .ToList();
        return new TraceabilityMatrix(rows, Problems(catalog, testCases), scrRows, results, testCases.Count);
    }

    private static TraceRow Row(RequirementCatalog catalog, Requirement requirement, IReadOnlyList<TestCaseMetadata> testCases, RunResults? results)
    {
        var etsLinks = catalog.LinkTargets(requirement.Id, LinkKind.Ets);
        var tests = new List<TraceTest>();
        foreach (var testCase in testCases)
        {
            var via = testCase.RequirementIds.Contains(requirement.Id, StringComparer.Ordinal)
                ? ViaRequirement
                : testCase.EtsIds.FirstOrDefault(id => etsLinks.Contains(id, StringComparer.Ordinal));
            if (via is not null)
            {
                tests.Add(new TraceTest(testCase.Id, testCase.EtsIds, via, results?.Find(testCase.Id)?.Verdict));
            }
        }

        var checks = ChecksCiting(requirement.Id, results);
        var status = tests.Count > 0
            ? TraceStatus.Covered
            : requirement.Observability switch
            {
                Observability.Wire => TraceStatus.NotYetCovered,
                Observability.NotObservable => TraceStatus.NotObservable,
                _ => TraceStatus.OutOfScope,
            };
        var document = catalog.FindDocument(requirement.Document)
            ?? throw new InvalidOperationException($"requirement {requirement.Id} names unknown document {requirement.Document}");
        return new TraceRow(
            requirement,
            document,
            status,
            tests,
            checks,
            etsLinks,
            catalog.LinkTargets(requirement.Id, LinkKind.Scr),
            catalog.LinkTargets(requirement.Id, LinkKind.Clause));
    }

    private static List<TraceTest> TestsNaming(string id, IReadOnlyList<TestCaseMetadata> testCases, RunResults? results) =>
        [.. testCases.Where(testCase => testCase.RequirementIds.Contains(id, StringComparer.Ordinal))
            .Select(testCase => new TraceTest(testCase.Id, testCase.EtsIds, ViaRequirement, results?.Find(testCase.Id)?.Verdict))];

    private static List<TraceCheck> ChecksCiting(string id, RunResults? results) => results is null
        ? []
        : [.. results.Tests.SelectMany(test => test.Checks
            .Where(check => check.Requirements.Contains(id, StringComparer.Ordinal))
            .Select(check => new TraceCheck(test.FullName, check.Verdict, check.Step, check.Reason)))];

    private static List<TraceProblem> Problems(RequirementCatalog catalog, IReadOnlyList<TestCaseMetadata> testCases)
    {
        var problems = new List<TraceProblem>();
        foreach (var testCase in testCases)
        {
            foreach (var id in testCase.RequirementIds.Where(id => !catalog.IsKnownRequirementId(id)))
            {
                problems.Add(new TraceProblem(testCase.Id, id, $"[Requirement] \"{id}\" is neither a requirement of a source document nor a static conformance item of the catalog{Hint(catalog, id)}"));
            }

            foreach (var id in testCase.EtsIds.Where(id => catalog.FindEtsTestCase(id) is null))
            {
                problems.Add(new TraceProblem(testCase.Id, id, $"[Ets] \"{id}\" is not an ETS test case of the catalog"));
            }
        }

        return problems;
    }

    // The catalog spells SCR prefixes two ways (LWM2M- in TS 1.0, LwM2M- from 1.1), a likely slip.
    private static string Hint(RequirementCatalog catalog, string id)
    {
        var similar = catalog.Requirements.Select(r => r.Id)
            .Concat(catalog.StaticConformanceItems.Select(item => item.Id))
            .FirstOrDefault(known => string.Equals(known, id, StringComparison.OrdinalIgnoreCase));
        return similar is null ? "" : $" (did you mean \"{similar}\"?)";
    }
}
