using System.Globalization;
using Harness.Testing.Suite;
using Harness.Testing.Verdicts;

namespace Harness.Benchmarks;

/// <summary>Per test case: total (runner's view), waited for the DUT, overhead; per run: time outside the tests.</summary>
internal sealed class RegistrationCostReport
{
    private readonly SortedDictionary<string, (TimeSamples Total, TimeSamples Waited, TimeSamples Overhead, Dictionary<Verdict, int> Verdicts)> cases =
        new(StringComparer.Ordinal);

    private readonly TimeSamples outsideTests = new();

    /// <summary>
    /// Adds one run; the first run of a process is warm-up (JIT, fixture discovery) and is only shown, although it is what a
    /// command-line run of each case once pays.
    /// </summary>
    public void Add(SuiteRunResult run, bool warmup)
    {
        ArgumentNullException.ThrowIfNull(run);
        var outside = run.Duration - run.Results.Aggregate(TimeSpan.Zero, (sum, result) => sum + result.Duration);
        if (warmup)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  warm-up run: {run.Duration.TotalMilliseconds:0} ms, {outside.TotalMilliseconds:0} ms outside its tests ({string.Join(", ", run.Results.Select(Warm))})"));
            return;
        }

        outsideTests.Add(outside);
        foreach (var result in run.Results)
        {
            if (!cases.TryGetValue(result.FullName, out var entry))
            {
                cases[result.FullName] = entry = (new TimeSamples(), new TimeSamples(), new TimeSamples(), []);
            }

            entry.Verdicts[result.Overall] = entry.Verdicts.GetValueOrDefault(result.Overall) + 1;
            if (result.Time is { } time)
            {
                entry.Total.Add(time.Total);
                entry.Waited.Add(time.Waited);
                entry.Overhead.Add(time.Overhead);
            }
        }
    }

    public void Print()
    {
        Console.WriteLine($"  {"case",-34} {"n",3}  {"total p50/p95/max ms",-26}  {"waited p50/p95/max ms",-26}  {"overhead p50/p95/max ms",-26}  verdicts");
        foreach (var (name, entry) in cases)
        {
            var verdicts = string.Join(" ", entry.Verdicts.Select(pair => $"{pair.Key}={pair.Value}"));
            Console.WriteLine($"  {Short(name),-34} {entry.Total.Count,3}  {entry.Total.Describe(),-26}  {entry.Waited.Describe(),-26}  {entry.Overhead.Describe(),-26}  {verdicts}");
        }

        Console.WriteLine($"  per run, outside its tests (NUnit load, selection): p50/p95/max {outsideTests.Describe()} ms");
    }

    private static string Warm(SuiteTestResult result) => string.Create(
        CultureInfo.InvariantCulture, $"{Short(result.FullName)} {result.Overall} overhead {result.Time?.Overhead.TotalMilliseconds:0.0} ms");

    private static string Short(string fullName) => fullName[(fullName.LastIndexOf('.', fullName.LastIndexOf('.') - 1) + 1)..];
}
