using System.Diagnostics;
using System.Globalization;
using System.Net;
using Harness.Protocol.Coap;
using Harness.Runtime.Analysis.Timeline;
using Harness.Runtime.Capture;
using Harness.Tests.Runtime.Analysis.Support;

namespace Harness.Benchmarks;

/// <summary>
/// The wire analyzer's decoding speed against tshark's, side by side on one file: a pcapng of N CoAP messages
/// (default 1,000,000; the LwM2M mix of CoapTrafficSample, one step comment per 1000 frames) written with
/// PcapngWriter, read into a WireTimeline (reader, dissection, strict decoding of every message), and dissected by
/// `tshark -r FILE -Y coap -T fields -e coap.mid -e coap.code`. Target: ours at least 10 times faster.
/// Run: dotnet run -c Release --project Harness/Benchmarks -- --filter WireDecode [messages].
/// </summary>
public static class WireDecodeBenchmark
{
    private const int Runs = 3;
    private static readonly TimeSpan TsharkDeadline = TimeSpan.FromMinutes(20);

    public static async Task RunAsync(string[] args)
    {
        int count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
        string path = Path.Combine(Path.GetTempPath(), $"wire-decode-{count}.pcapng");
        try
        {
            Console.WriteLine($"load average before: {LoadAverage()}");
            var written = Stopwatch.StartNew();
            long bytes = Write(path, count);
            Console.WriteLine($"wrote {count:N0} messages, {bytes / 1e6:0.0} MB in {written.Elapsed.TotalSeconds:0.0} s: {path}");

            Measure(path, count, warmUp: true);
            var ours = Enumerable.Range(0, Runs).Select(_ => Measure(path, count, warmUp: false)).OrderBy(r => r.Elapsed).ToList();
            var best = ours[0];
            Console.WriteLine($"ours:   best of {Runs} {best.Elapsed.TotalSeconds:0.000} s ({count / best.Elapsed.TotalSeconds:N0} messages/s), median {ours[Runs / 2].Elapsed.TotalSeconds:0.000} s, " +
                $"{best.Allocated / 1e6:0.0} MB allocated ({best.Allocated / count} B per message), peak working set {Environment.WorkingSet / 1e6:0} MB");

            var (tshark, lines) = await TsharkAsync(path).ConfigureAwait(false);
            Console.WriteLine($"tshark: {tshark.TotalSeconds:0.000} s ({lines:N0} coap lines, {lines / tshark.TotalSeconds:N0} messages/s)");
            Console.WriteLine($"ratio:  ours is {tshark.TotalSeconds / best.Elapsed.TotalSeconds:0.0} times faster (best run; median {tshark.TotalSeconds / ours[Runs / 2].Elapsed.TotalSeconds:0.0})");
            Console.WriteLine($"load average after: {LoadAverage()}");
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static long Write(string path, int count)
    {
        var client = new IPEndPoint(IPAddress.Parse("192.0.2.10"), 56830);
        var server = new IPEndPoint(IPAddress.Parse("192.0.2.1"), 5683);
        var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using var writer = new PcapngWriter(new BufferedStream(File.Create(path), 1 << 20), "wire decode benchmark");
        int i = 0;
        foreach (var (from, to, message) in CoapTrafficSample.Messages(count, client, server))
        {
            var packet = IpPacketBuilder.Udp(from, to, CoapUdpCodec.Encode(message));
            writer.Write(new CapturedFrame(start.AddTicks(i * 1000L), PcapLinkType.Raw, packet, $"step {1 + (i / 1000)}"));
            i++;
        }

        writer.Flush();
        return new FileInfo(path).Length;
    }

    private static (TimeSpan Elapsed, long Allocated) Measure(string path, int count, bool warmUp)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        long before = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var timeline = WireTimelineReader.Read(path);
        clock.Stop();
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        int valid = timeline.Messages.Count(m => m.Decoded.IsValid);
        if (timeline.Messages.Count != count || valid != count)
        {
            throw new InvalidOperationException($"expected {count} valid messages, read {timeline.Messages.Count} ({valid} valid); notes: {string.Join("; ", timeline.Notes)}");
        }

        if (warmUp)
        {
            Console.WriteLine($"warm-up run: {clock.Elapsed.TotalSeconds:0.000} s");
        }

        return (clock.Elapsed, allocated);
    }

    private static async Task<(TimeSpan Elapsed, long Lines)> TsharkAsync(string path)
    {
        var info = new ProcessStartInfo("tshark") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in new[] { "-r", path, "-Y", "coap", "-T", "fields", "-e", "coap.mid", "-e", "coap.code" })
        {
            info.ArgumentList.Add(argument);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException("tshark did not start (Debian package tshark)");
        var errors = process.StandardError.ReadToEndAsync();
        long lines = 0;
        using var timeout = new CancellationTokenSource(TsharkDeadline);
        while (await process.StandardOutput.ReadLineAsync(timeout.Token).ConfigureAwait(false) is not null)
        {
            lines++;
        }

        await process.WaitForExitAsync(timeout.Token).ConfigureAwait(false);
        clock.Stop();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"tshark exited with {process.ExitCode}: {await errors.ConfigureAwait(false)}");
        }

        return (clock.Elapsed, lines);
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
