namespace Harness.Tests.Support;

/// <summary>tshark as an independent reader of our captures: chosen fields of every frame, one row per frame.</summary>
internal static class TsharkFields
{
    private const char Separator = '\u001f';

    /// <summary>
    /// The <paramref name="fields"/> of every frame of <paramref name="capture"/>, with UDP to or from
    /// <paramref name="coapPorts"/> dissected as CoAP; an empty string where a frame lacks a field.
    /// </summary>
    public static async Task<IReadOnlyList<string[]>> ReadAsync(string capture, IEnumerable<int> coapPorts, params string[] fields)
    {
        var arguments = new List<string> { "-r", capture, "-T", "fields", "-E", $"separator={Separator}", "-E", "occurrence=f" };
        foreach (var port in coapPorts)
        {
            arguments.AddRange(["-d", $"udp.port=={port},coap"]);
        }

        foreach (var field in fields)
        {
            arguments.AddRange(["-e", field]);
        }

        await using var tshark = await ExternalProcess.RunAsync("tshark", arguments, TimeSpan.FromSeconds(90), "Debian package tshark; run-tests.sh installs it");
        Assert.That(tshark.ExitCode, Is.Zero, tshark.StandardError);
        return [.. tshark.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.TrimEnd('\r').Split(Separator))];
    }
}
