using Harness.Testing.Metadata;
using Harness.Testing.Traceability;
using TestCases.Registration;

namespace Harness.Tests.Testing.Traceability;

/// <summary>The matrix over the real test cases and a handmade results.json.</summary>
public sealed class TraceabilityMatrixTests
{
    private static readonly RequirementCatalog Catalog = RequirementCatalogLoader.LoadFolder(CatalogFolder.Source);
    private static readonly IReadOnlyList<TestCaseMetadata> TestCases = TestCaseMetadataReader.ReadAll(typeof(InitialRegistration).Assembly);

    private static TraceabilityMatrix Build(IReadOnlyList<TestCaseMetadata>? testCases = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "trace-" + Guid.NewGuid().ToString("N"));
        try
        {
            return TraceabilityMatrixBuilder.Build(Catalog, testCases ?? TestCases, RunResultsReader.Load(HandmadeResults.WriteTo(folder)));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static TraceRow Row(TraceabilityMatrix matrix, string id) => matrix.Rows.Single(row => row.Requirement.Id == id);

    [Test]
    public void Every_requirement_of_the_catalog_has_a_row()
    {
        var matrix = Build();

        Assert.That(matrix.Rows.Select(row => row.Requirement.Id), Is.EqualTo(Catalog.Requirements.Select(r => r.Id)));
        Assert.That(matrix.Total.Total, Is.EqualTo(66));
    }

    [Test]
    public void A_requirement_a_test_names_shows_that_test_its_last_verdict_and_the_checks_that_cite_it()
    {
        var row = Row(Build(), "LwM2M-REG-02");

        Assert.That(row.Status, Is.EqualTo(TraceStatus.Covered));
        Assert.That(row.Tests.Select(t => (t.TestId, t.Via, t.Verdict)), Is.EqualTo(new[] { (HandmadeResults.InitialRegistration, "requirement", "Pass") }));
        Assert.That(row.Checks.Select(c => (c.Verdict, c.Step, c.Reason)), Is.EqualTo(new[] { ("Pass", (int?)1, "ep is the Endpoint Client Name the DUT was configured with") }));
    }

    [Test]
    public void A_requirement_linked_to_an_ets_case_is_covered_by_the_test_of_that_case()
    {
        var row = Row(Build(), "LwM2M-VER-02");

        Assert.That(row.Status, Is.EqualTo(TraceStatus.Covered));
        Assert.That(row.Tests.Select(t => (t.TestId, t.Via, t.Verdict)), Is.EqualTo(new[] { (HandmadeResults.InitialRegistration, "LightweightM2M-1.1-int-101", "Pass") }));
        Assert.That(row.Checks, Is.Empty, "no check cites LwM2M-VER-02 itself");
    }

    [Test]
    public void Verdicts_come_from_the_run_failed_and_not_run_tests_included()
    {
        var testCases = new[]
        {
            new TestCaseMetadata(HandmadeResults.RegistrationUpdate) { RequirementIds = ["LwM2M-REG-03"] },
            new TestCaseMetadata(HandmadeResults.DiscardedRegisterUpdate) { RequirementIds = ["LwM2M-REG-03"] },
            new TestCaseMetadata("TestCases.Unknown.NotInTheRun") { RequirementIds = ["LwM2M-REG-03"] },
        };

        var row = Row(Build(testCases), "LwM2M-REG-03");

        Assert.That(row.Tests.Select(t => t.Verdict), Is.EqualTo(new[] { "Fail", "Excluded", null }));
        Assert.That(TraceText.Test(row.Tests[2], haveResults: true), Does.EndWith(": not in the run"));
    }

    [Test]
    public void Untested_requirements_carry_the_reason_of_their_classification()
    {
        var matrix = Build();

        Assert.That(Row(matrix, "LwM2M-INFO-03").UntestedReason, Is.EqualTo("not yet covered"));
        Assert.That(Row(matrix, "LightweightM2M-OSR-002").UntestedReason, Does.StartWith("not observable on the wire: "));
        Assert.That(Row(matrix, "Gw-Enab-01").UntestedReason, Does.StartWith("out of scope: LwM2M Gateway enabler"));
        Assert.That(matrix.Untested.Count(), Is.EqualTo(matrix.Total.Total - matrix.Total.Covered));
    }

    [Test]
    public void Counts_add_up_per_source_and_per_category()
    {
        var matrix = Build();

        Assert.That(matrix.BySource.Sum(c => c.Total), Is.EqualTo(66));
        Assert.That(matrix.ByCategory.Sum(c => c.Covered), Is.EqualTo(matrix.Total.Covered));
        Assert.That(matrix.BySource.Single(c => c.Group == "RD-1.1").Total, Is.EqualTo(6));
    }

    [Test]
    public void Static_conformance_items_the_test_cases_cite_have_rows_with_tests_verdicts_and_checks()
    {
        var matrix = Build();

        var cited = TestCases.SelectMany(t => t.RequirementIds).Where(id => Catalog.FindStaticConformanceItem(id).Count > 0).Distinct().Order(StringComparer.Ordinal);
        Assert.That(matrix.StaticConformanceRows.Select(r => r.Id), Is.EqualTo(cited));
        var endpointName = matrix.StaticConformanceRows.Single(r => r.Id == "LwM2M-CR-002-C-M");
        Assert.That(endpointName.Tests.Select(t => (t.TestId, t.Verdict)), Is.EqualTo(new[] { (HandmadeResults.InitialRegistration, "Pass") }));
        Assert.That(endpointName.Items.Select(i => i.TsVersion), Is.EqualTo(new[] { "1.1 draft (2017-09-15)" }));
        Assert.That(endpointName.CheckSummary, Is.EqualTo("1 Pass"));
        Assert.That(matrix.StaticConformanceRows.Single(r => r.Id == "LwM2M-CR-008-C-M").CheckSummary, Is.EqualTo("1 Fail"));
    }

    [Test]
    public void The_test_cases_cite_only_ids_of_the_catalog()
    {
        var matrix = TraceabilityMatrixBuilder.Build(Catalog, TestCases, results: null);

        Assert.That(TestCases, Has.Count.GreaterThan(5));
        Assert.That(TestCases.SelectMany(t => t.EtsIds).Where(id => Catalog.FindEtsTestCase(id) is null), Is.Empty);
        Assert.That(TestCases.SelectMany(t => t.RequirementIds).Where(id => !Catalog.IsKnownRequirementId(id)), Is.Empty);
        Assert.That(matrix.Problems, Is.Empty);
    }

    [Test]
    public void Ids_missing_from_the_catalog_are_reported_against_their_test_case()
    {
        var testCases = new[] { new TestCaseMetadata("Cases.Broken.Test") { RequirementIds = ["LWM2M-CR-0011-C-M", "LwM2M-REG-99"], EtsIds = ["LightweightM2M-1.1-int-999"] } };

        var problems = TraceabilityMatrixBuilder.Build(Catalog, testCases, results: null).Problems;

        Assert.That(problems.Select(p => (p.TestId, p.Id)), Is.EqualTo(new[]
        {
            ("Cases.Broken.Test", "LWM2M-CR-0011-C-M"), ("Cases.Broken.Test", "LwM2M-REG-99"), ("Cases.Broken.Test", "LightweightM2M-1.1-int-999"),
        }));
        Assert.That(problems[0].Message, Does.Contain("did you mean \"LwM2M-CR-0011-C-M\""));
    }
}
