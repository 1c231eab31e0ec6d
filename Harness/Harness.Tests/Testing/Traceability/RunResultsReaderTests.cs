using Harness.Testing.Traceability;

namespace Harness.Tests.Testing.Traceability;

/// <summary>Reading results.json: the verdicts and checks, the tests that did not run, the newest run, broken files.</summary>
public sealed class RunResultsReaderTests
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "results-" + Guid.NewGuid().ToString("N"));

    [TearDown]
    public void DeleteFolder()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void Reads_finished_tests_with_their_checks_and_the_tests_that_did_not_run()
    {
        var results = RunResultsReader.Load(HandmadeResults.WriteTo(folder));

        Assert.That(results.StartedAt, Is.EqualTo(new DateTimeOffset(2026, 11, 22, 23, 15, 0, TimeSpan.Zero)));
        Assert.That(results.Tests.Select(t => (t.FullName, t.Verdict, t.Ran)), Is.EqualTo(new[]
        {
            (HandmadeResults.InitialRegistration, "Pass", true),
            (HandmadeResults.RegistrationUpdate, "Fail", true),
            (HandmadeResults.DiscardedRegisterUpdate, "Excluded", false),
        }));
        Assert.That(results.Find(HandmadeResults.InitialRegistration)!.Checks[0].Requirements, Is.EqualTo(new[] { "LwM2M-CR-002-C-M", "LwM2M-REG-02" }));
        Assert.That(results.Find(HandmadeResults.DiscardedRegisterUpdate)!.Note, Does.StartWith("excluded by selection"));
    }

    [Test]
    public void The_newest_run_folder_is_found()
    {
        var older = HandmadeResults.WriteTo(Path.Combine(folder, "20261122-231500"));
        var newer = HandmadeResults.WriteTo(Path.Combine(folder, "20261122-231600"));
        File.SetLastWriteTimeUtc(older, new DateTime(2026, 11, 22, 23, 15, 0, DateTimeKind.Utc));
        File.SetLastWriteTimeUtc(newer, new DateTime(2026, 11, 22, 23, 16, 0, DateTimeKind.Utc));
        Directory.CreateDirectory(Path.Combine(folder, "empty"));

        Assert.That(RunResultsReader.FindNewest(folder), Is.EqualTo(newer));
        Assert.That(RunResultsReader.FindNewest(Path.Combine(folder, "missing")), Is.Null);
    }

    [Test]
    public void Malformed_json_is_reported_with_its_line()
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "results.json");
        File.WriteAllText(path, "{\n  \"tests\": [\n    { \"fullName\": \"a\", }\n  ]\n}\n");

        var error = Assert.Throws<CatalogException>(() => RunResultsReader.Load(path))!.Errors.Single();

        Assert.That(error.ToString(), Does.StartWith($"{path}:3: not valid JSON"));
    }

    [Test]
    public void A_file_without_tests_or_verdicts_is_not_taken_for_results()
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "results.json");
        File.WriteAllText(path, "{ \"tests\": [ { \"fullName\": \"a\" } ] }");

        var error = Assert.Throws<CatalogException>(() => RunResultsReader.Load(path))!.Errors.Single();

        Assert.That(error.ToString(), Is.EqualTo($"{path}: not a results.json of this tool: \"verdict\" is missing or not a string"));
    }
}
