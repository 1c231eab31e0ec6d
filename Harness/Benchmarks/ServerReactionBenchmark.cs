using System.Globalization;
using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m.Messages;
using Harness.Runtime.Coap;
using Harness.Runtime.Peers;

namespace Harness.Benchmarks;

/// <summary>
/// The fake LwM2M Server's reaction time on loopback: from an Update datagram arriving (its receive
/// timestamp) to the reply leaving (its send timestamp), taken from the server's own traffic record.
/// Two modes: automatic answers (the harness alone) and lock-step (a test awaits ExpectUpdateAsync and
/// accepts). A timed loop rather than BenchmarkDotNet, since the quantity is a latency distribution
/// across two sockets. Run: dotnet run -c Release --project Harness/Benchmarks -- --filter ServerReaction.
/// Target: p99 under 1 ms.
/// </summary>
public static class ServerReactionBenchmark
{
    private const int Warmup = 300;
    private const int Measured = 3000;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(60);

    public static async Task RunAsync()
    {
        foreach (var policy in new[] { RegistrationAnswerPolicy.Automatic, RegistrationAnswerPolicy.Manual })
        {
            var (reaction, roundTrip) = await MeasureAsync(policy).ConfigureAwait(false);
            Console.WriteLine($"{policy,-10} reaction (arrival -> reply sent): {Summary(reaction)}");
            Console.WriteLine($"{policy,-10} client round trip:                {Summary(roundTrip)}");
        }
    }

    private static async Task<(List<double> Reaction, List<double> RoundTrip)> MeasureAsync(RegistrationAnswerPolicy policy)
    {
        var time = new MonotonicTimeProvider();
        var deadline = TimeSpan.FromSeconds(10);
        await using var server = new FakeLwm2mServer(new() { AnswerPolicy = policy, TimeProvider = time, ExpectTimeout = deadline });
        await using var client = new CoapUdpEndpoint(new() { TimeProvider = time });
        var location = await RegisterAsync(server, client, policy).ConfigureAwait(false);
        var update = new UpdateRequest(location).ToCoapMessage();
        var reaction = new List<double>(Measured);
        var roundTrip = new List<double>(Measured);
        var started = time.GetTimestamp();
        for (int i = 0; i < Warmup + Measured && time.GetElapsedTime(started) < Budget; i++)
        {
            var sentAt = time.GetTimestamp();
            var pending = client.SendRequestAsync(update, server.LocalEndPoint);
            if (policy == RegistrationAnswerPolicy.Manual)
            {
                await (await server.ExpectUpdateAsync().ConfigureAwait(false)).AcceptAsync().ConfigureAwait(false);
            }

            var response = await pending.ConfigureAwait(false);
            var elapsed = time.GetElapsedTime(sentAt);
            if (i < Warmup)
            {
                continue;
            }

            roundTrip.Add(elapsed.TotalMilliseconds);
            reaction.Add((await ReactionOfAsync(server, response.Token, deadline).ConfigureAwait(false)).TotalMilliseconds);
        }

        return (reaction, roundTrip);
    }

    private static async Task<IReadOnlyList<string>> RegisterAsync(FakeLwm2mServer server, CoapUdpEndpoint client, RegistrationAnswerPolicy policy)
    {
        var pending = client.SendRequestAsync(new RegisterRequest("bench").ToCoapMessage(), server.LocalEndPoint);
        if (policy == RegistrationAnswerPolicy.Manual)
        {
            await (await server.ExpectRegisterAsync().ConfigureAwait(false)).AcceptAsync().ConfigureAwait(false);
        }

        return (await pending.ConfigureAwait(false)).LocationPathSegments;
    }

    /// <summary>
    /// The server's receive-to-send span for the exchange with this token, from its traffic record. The
    /// client may hold the reply before the server has logged sending it, hence the wait.
    /// </summary>
    private static async Task<TimeSpan> ReactionOfAsync(FakeLwm2mServer server, ReadOnlyMemory<byte> token, TimeSpan deadline)
    {
        var bytes = token.ToArray();
        bool Of(CoapDatagram d, CoapDatagramDirection direction) => d.Direction == direction && d.Message is { } m && m.Token.Span.SequenceEqual(bytes);
        var sent = await server.Endpoint.WaitForDatagramAsync(d => Of(d, CoapDatagramDirection.Sent), "the reply", deadline).ConfigureAwait(false);
        var received = await server.Endpoint.WaitForDatagramAsync(d => Of(d, CoapDatagramDirection.Received), "the request", deadline).ConfigureAwait(false);
        return sent.Time - received.Time;
    }

    private static string Summary(List<double> samples)
    {
        if (samples.Count == 0)
        {
            return "no samples";
        }

        samples.Sort();
        string P(double q) => samples[Math.Min(samples.Count - 1, (int)Math.Ceiling(q * samples.Count) - 1)].ToString("0.000", CultureInfo.InvariantCulture);
        return $"n={samples.Count} p50={P(0.50)} ms p90={P(0.90)} ms p99={P(0.99)} ms max={P(1.0)} ms";
    }
}
