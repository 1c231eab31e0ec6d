namespace Harness.Runtime.Dut;

/// <summary>
/// A program and its arguments, made from a command template: the template is split into words first and
/// placeholders are expanded inside each word, so a value with blanks or quotes stays one argument and is
/// never seen by a shell. A shell runs only when the template names one (<c>/bin/sh -c '…'</c>).
/// </summary>
public sealed record DutCommandLine(string FileName, IReadOnlyList<string> Arguments)
{
    public static DutCommandLine FromTemplate(string template, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(template);
        var words = CommandLineTokenizer.Split(template);
        if (words.Count == 0)
        {
            throw new DutConfigurationException("the command template is empty; it must name the program to start");
        }

        var expanded = words.Select(w => PlaceholderTemplate.Expand(w, values, $"command template '{template}', word")).ToList();
        return new DutCommandLine(expanded[0], expanded.Skip(1).ToList());
    }

    /// <summary>The command as one line, each argument quoted when it needs to be, for evidence and errors.</summary>
    public override string ToString() => string.Join(' ', new[] { FileName }.Concat(Arguments).Select(Quote));

    private static string Quote(string word) =>
        word.Length > 0 && word.All(c => char.IsLetterOrDigit(c) || "-_./:=@,+%".Contains(c)) ? word : "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
