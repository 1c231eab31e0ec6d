using System.Diagnostics;
using System.Threading.Channels;
using Harness.Runtime.Analysis.Reading;
using Harness.Runtime.Capture;
using Harness.Tests.Support;

namespace Harness.Tests.Runtime.Analysis.Support;

/// <summary>
/// A live capture by dumpcap on loopback, written as pcapng to its standard output, kept byte for byte in a file
/// (for tshark) and read by our reader as it arrives, so that a test can wait for a given frame to be captured:
/// a probe to know the capture is live (dumpcap reports "Capturing on" a little before its filter takes effect on
/// "any"), a marker to know everything sent before it is in.
/// </summary>
internal sealed class Dumpcap : IAsyncDisposable
{
    private readonly Process process;
    private readonly FileStream copy;
    private readonly Channel<CapturedFrame> arrived = Channel.CreateUnbounded<CapturedFrame>();
    private readonly Task reading;

    private Dumpcap(Process process, string path)
    {
        this.process = process;
        copy = File.Create(path);
        reading = Task.Run(Read);
    }

    /// <summary>Every frame taken from the capture so far by <see cref="WaitForAsync"/>.</summary>
    public List<CapturedFrame> Frames { get; } = [];

    public static Dumpcap Start(string device, string filter, string path)
    {
        string executable = ExternalProcess.Which("dumpcap") ?? throw new InvalidOperationException("dumpcap is not installed (Debian package wireshark-common; run-tests.sh installs tshark)");
        var info = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in new[] { "-i", device, "-f", filter, "-w", "-" })
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info)!;
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        return new Dumpcap(process, path);
    }

    /// <summary>Takes captured frames until one matches; false when none did within <paramref name="timeout"/>.</summary>
    public async Task<bool> WaitForAsync(Func<CapturedFrame, bool> match, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            while (true)
            {
                var frame = await arrived.Reader.ReadAsync(cancel.Token);
                Frames.Add(frame);
                if (match(frame))
                {
                    return true;
                }
            }
        }
        catch (OperationCanceledException)
        {
            return false;
        }
        catch (ChannelClosedException)
        {
            return false;
        }
    }

    /// <summary>Stops dumpcap; the file holds what it wrote.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await process.WaitForExitAsync(timeout.Token);
        await reading.WaitAsync(TimeSpan.FromSeconds(10));
        await copy.DisposeAsync();
        process.Dispose();
    }

    private void Read()
    {
        try
        {
            using var reader = CaptureFileReader.Open(new TeeReadStream(process.StandardOutput.BaseStream, copy), leaveOpen: true);
            foreach (var frame in reader.ReadFrames())
            {
                arrived.Writer.TryWrite(frame);
            }
        }
        catch (CaptureFormatException)
        {
            // dumpcap was stopped in the middle of a block: the frames before it were delivered.
        }
        finally
        {
            arrived.Writer.TryComplete();
        }
    }
}
