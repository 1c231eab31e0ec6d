using Harness.Tests.Support;

namespace Harness.Tests.Runtime.Analysis.Support;

/// <summary>tshark as an independent reader of the same capture: its fields, one row per frame that passes the display filter.</summary>
internal static class Tshark
{
    public static async Task<List<string[]>> FieldsAsync(string path, string filter, params string[] fields)
    {
        var arguments = new List<string> { "-r", path, "-n" };
        if (filter.Length > 0)
        {
            arguments.AddRange(["-Y", filter]);
        }

        arguments.AddRange(["-T", "fields", "-E", "separator=|"]);
        foreach (string field in fields)
        {
            arguments.AddRange(["-e", field]);
        }

        await using var run = await ExternalProcess.RunAsync("tshark", arguments, TimeSpan.FromSeconds(120), "Debian package tshark; run-tests.sh installs it");
        Assert.That(run.ExitCode, Is.Zero, run.StandardError);
        return [.. run.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.TrimEnd('\r').Split('|'))];
    }
}
