using Harness.Testing.Suite;
using Harness.Testing.Verdicts;
using NUnit;
using NUnit.Framework.Api;
using NUnit.Framework.Internal;

namespace Harness.Tests.Testing.Cases;

/// <summary>
/// Runs one test case of TestCases.dll by its full name in a nested NUnit run, bypassing the plan's
/// selection (so the base classes' own applicability check is what decides), and returns the verdict it published.
/// </summary>
internal static class SingleCaseRun
{
    private static readonly Lock Gate = new();

    public static TestVerdict Run(string planPath, Type fixture, string method) => RunPublished(planPath, fixture, method).Verdict;

    /// <summary>As <see cref="Run"/>, with everything the case published (its time account and evidence too); <paramref name="parameters"/> are further test parameters.</summary>
    public static VerdictPublishedEventArgs RunPublished(string planPath, Type fixture, string method, IReadOnlyDictionary<string, string>? parameters = null)
    {
        var fullName = $"{fixture.FullName}.{method}";
        VerdictPublishedEventArgs? published = null;
        void Capture(object? sender, VerdictPublishedEventArgs e)
        {
            if (e.TestFullName == fullName)
            {
                published = e;
            }
        }

        lock (Gate)
        {
            var runner = new NUnitTestAssemblyRunner(new DefaultTestAssemblyBuilder());
            runner.Load(fixture.Assembly, new Dictionary<string, object>
            {
                [FrameworkPackageSettings.TestParametersDictionary] = new Dictionary<string, string>(parameters ?? new Dictionary<string, string>()) { [SuiteParameters.TestPlan] = planPath },
                [FrameworkPackageSettings.NumberOfTestWorkers] = 0,
                [FrameworkPackageSettings.SynchronousEvents] = true,
            });
            VerdictJournal.Published += Capture;
            try
            {
                runner.Run(TestListener.NULL, new FullNameSetFilter([fullName]));
            }
            finally
            {
                VerdictJournal.Published -= Capture;
            }
        }

        return published ?? throw new AssertionException($"{fullName} published no verdict");
    }
}
