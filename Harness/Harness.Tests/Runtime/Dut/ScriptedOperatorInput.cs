using System.Threading.Channels;

namespace Harness.Tests.Runtime.Dut;

/// <summary>An operator's keyboard driven by the test: lines arrive when the test types them, or never.</summary>
internal sealed class ScriptedOperatorInput : TextReader
{
    private readonly Channel<string?> lines = Channel.CreateUnbounded<string?>();

    public ScriptedOperatorInput(params string[] typed)
    {
        foreach (string line in typed)
        {
            Type(line);
        }
    }

    public void Type(string line) => lines.Writer.TryWrite(line);

    /// <summary>End of input, as when the console is closed.</summary>
    public void EndInput() => lines.Writer.TryWrite(null);

    public override Task<string?> ReadLineAsync() => lines.Reader.ReadAsync().AsTask();
}
