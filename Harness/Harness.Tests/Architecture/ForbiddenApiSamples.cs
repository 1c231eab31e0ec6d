using System.Diagnostics;
using System.Net.Sockets;

namespace Harness.Tests.Architecture;

/// <summary>
/// Deliberate uses of what Harness.Protocol may not use, compiled into the test assembly so that the
/// inspector can be shown to find each of them. Never called.
/// </summary>
internal static class ForbiddenApiSamples
{
    public static DateTime ReadsTheClockOnce() => DateTime.UtcNow;

    public static long ReadsTheTickCount() => Environment.TickCount64;

    public static TimeSpan TimesWithAStopwatch() => Stopwatch.StartNew().Elapsed;

    public static DateTimeOffset AsksATimeProvider() => TimeProvider.System.GetUtcNow();

    public static Task Waits() => Task.Delay(1);

    public static void Yields() => Thread.Yield();

    public static Socket OpensASocket() => new(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
}
