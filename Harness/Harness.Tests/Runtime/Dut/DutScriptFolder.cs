namespace Harness.Tests.Runtime.Dut;

/// <summary>A temporary folder of bash scripts that play the DUT; deleted with everything in it.</summary>
internal sealed class DutScriptFolder : IDisposable
{
    public DutScriptFolder()
    {
        Path = Directory.CreateTempSubdirectory("dut-scripts-").FullName;
    }

    public string Path { get; }

    /// <summary>Writes <paramref name="body"/> as a bash script and returns a command template that runs it.</summary>
    public string Command(string name, string body, string arguments = "")
    {
        string file = System.IO.Path.Combine(Path, name + ".sh");
        File.WriteAllText(file, "set -u\n" + body + "\n");
        return $"/bin/bash '{file}' {arguments}".TrimEnd();
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
