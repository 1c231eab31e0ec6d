using System.Diagnostics;
using System.Management.Automation.Language;
using Harness.Tests.Support;

namespace Harness.Tests.Scripts;

/// <summary>
/// The suite's wrappers at the repository root. PowerShell is not installed here, so run-suite.ps1 is checked by
/// PowerShell's own parser; run-suite.sh by bash's syntax check. Each check is shown to reject a broken copy.
/// </summary>
public sealed class RunSuiteScriptTests
{
    private static string PowerShellScript => Path.Combine(RepositoryPaths.Root, "run-suite.ps1");

    private static string ShellScript => Path.Combine(RepositoryPaths.Root, "run-suite.sh");

    [Test]
    public void The_PowerShell_wrapper_parses_without_errors()
    {
        Assert.That(ParseErrors(PowerShellScript), Is.Empty);
    }

    [Test]
    public void The_PowerShell_parse_check_rejects_a_broken_copy()
    {
        var broken = Path.Combine(Path.GetTempPath(), $"run-suite-broken-{Guid.NewGuid():N}.ps1");
        // Dropping the last closing brace leaves the try/finally block open.
        var text = File.ReadAllText(PowerShellScript);
        File.WriteAllText(broken, text.Remove(text.LastIndexOf('}'), 1));
        try
        {
            Assert.That(ParseErrors(broken), Is.Not.Empty);
        }
        finally
        {
            File.Delete(broken);
        }
    }

    [Test]
    public void The_PowerShell_wrapper_passes_arguments_through_and_returns_the_tool_exit_code()
    {
        var ast = Parser.ParseFile(PowerShellScript, out _, out _);

        Assert.That(ast.ParamBlock, Is.Not.Null, "param() keeps the script a plain script whose arguments land in $args");
        Assert.That(ast.ParamBlock!.Parameters, Is.Empty);
        var text = ast.Extent.Text;
        Assert.That(text, Does.Contain("run @suiteArguments").And.Contain("$LASTEXITCODE").And.Contain("exit $exitCode"));
    }

    [Test]
    public void The_shell_wrapper_passes_bash_syntax_check()
    {
        Assert.That(BashSyntaxCheck(ShellScript), Is.EqualTo(0));
    }

    [Test]
    public void The_bash_syntax_check_rejects_a_broken_copy()
    {
        var broken = Path.Combine(Path.GetTempPath(), $"run-suite-broken-{Guid.NewGuid():N}.sh");
        File.WriteAllText(broken, File.ReadAllText(ShellScript).Replace("\nfi\n", "\n", StringComparison.Ordinal));
        try
        {
            Assert.That(BashSyntaxCheck(broken), Is.Not.EqualTo(0));
        }
        finally
        {
            File.Delete(broken);
        }
    }

    private static ParseError[] ParseErrors(string path)
    {
        Parser.ParseFile(path, out _, out var errors);
        return errors;
    }

    private static int BashSyntaxCheck(string path)
    {
        using var bash = Process.Start(new ProcessStartInfo("bash", ["-n", path]) { RedirectStandardError = true })!;
        bash.StandardError.ReadToEnd();
        Assert.That(bash.WaitForExit(TimeSpan.FromSeconds(30)), Is.True, "bash -n did not finish within 30 s");
        return bash.ExitCode;
    }
}
