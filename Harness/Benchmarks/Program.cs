using BenchmarkDotNet.Running;

namespace Harness.Benchmarks;

/// <summary>
/// Runs the BenchmarkDotNet suites: dotnet run -c Release --project Harness/Benchmarks -- --filter '*'.
/// "--filter ServerReaction" runs the fake server's reaction-time loop instead; "--filter RegistrationCost [plan]"
/// the registration test cases' harness overhead; "--filter WireDecode [messages]" the wire analyzer against tshark.
/// </summary>
public static class Program
{
    public static async Task Main(string[] args)
    {
        if (args.Length == 2 && args[0] == "--filter" && args[1].Contains("ServerReaction", StringComparison.Ordinal))
        {
            await ServerReactionBenchmark.RunAsync().ConfigureAwait(false);
            return;
        }

        if (args.Length >= 2 && args[0] == "--filter" && args[1].Contains("RegistrationCost", StringComparison.Ordinal))
        {
            await RegistrationCostBenchmark.RunAsync(args[2..]).ConfigureAwait(false);
            return;
        }

        if (args.Length >= 2 && args[0] == "--filter" && args[1].Contains("WireDecode", StringComparison.Ordinal))
        {
            await WireDecodeBenchmark.RunAsync(args[2..]).ConfigureAwait(false);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
