using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace Harness.ReferenceDevice;

/// <summary>Entry point of the reference device process: exit 0 after quit, end of input or SIGTERM; 2 for a bad command line.</summary>
public static class Program
{
    public const int ExitOk = 0;
    public const int ExitFailure = 1;
    public const int ExitUsage = 2;

    /// <summary>Runs the device until its console closes or it is told to stop.</summary>
    public static async Task<int> Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Any(a => a is "--help" or "-h"))
        {
            await Console.Out.WriteAsync(DeviceOptionsParser.FullUsage()).ConfigureAwait(false);
            return ExitOk;
        }

        var (options, error) = DeviceOptionsParser.Parse(args);
        if (options is null)
        {
            await Console.Error.WriteLineAsync($"error: {error}{Environment.NewLine}run with --help for the usage").ConfigureAwait(false);
            return ExitUsage;
        }

        using var stop = new CancellationTokenSource();
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Cancel(stop));
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Cancel(stop));
        ReferenceDeviceHost host;
        try
        {
            host = ReferenceDeviceHost.Create(options, Console.Out);
        }
        catch (SocketException e)
        {
            await Console.Error.WriteLineAsync($"error: cannot open UDP port {options.Port}: {e.Message}").ConfigureAwait(false);
            return ExitFailure;
        }

        await using (host.ConfigureAwait(false))
        {
            await new DeviceRun(host, Console.In).RunAsync(stop.Token).ConfigureAwait(false);
        }

        return ExitOk;
    }

    private static Action<PosixSignalContext> Cancel(CancellationTokenSource stop) => context =>
    {
        context.Cancel = true;
        stop.Cancel();
    };
}
