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
            var (reaction, roundTrip, memory) = await MeasureAsync(policy).ConfigureAwait(false);
            Console.WriteLine($"{policy,-10} reaction (arrival -> reply sent): {Summary(reaction)}");
            Console.WriteLine($"{policy,-10} client round trip:                {Summary(roundTrip)}");
            Console.WriteLine($"{policy,-10} memory over the measured loop:    {memory}");
        }
    }

    private static async Task<(List<double> Reaction, List<double> RoundTrip, string Memory)> MeasureAsync(RegistrationAnswerPolicy policy)
    {
        var time = new MonotonicTimeProvider();
        var deadline = TimeSpan.FromSeconds(10);
        await using var server = new FakeLwm2mServer(new() { AnswerPolicy = policy, TimeProvider = time, ExpectTimeout = deadline });
        await using var client = new CoapUdpEndpoint(new() { TimeProvider = time });
        var location = await RegisterAsync(server, client, policy).ConfigureAwait(false);
        var update = new UpdateRequest(location).ToCoapMessage();
        var tokens = new List<byte[]>(Measured);
        var roundTrip = new List<double>(Measured);
        var started = time.GetTimestamp();
        var memory = new GcSnapshot();
        for (int i = 0; i < Warmup + Measured && time.GetElapsedTime(started) < Budget; i++)
        {
            if (i == Warmup)
            {
                memory = GcSnapshot.Take();
            }

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
            tokens.Add(response.Token.ToArray());
        }

        var gc = memory.Describe(tokens.Count);

        // Read the traffic once at the end, so that the measurement does not compete with the server for its log.
        if (tokens.Count > 0)
        {
            await LastReplyLoggedAsync(server, tokens[^1], deadline).ConfigureAwait(false);
        }

        var reaction = ReactionTimes(server.Traffic, tokens);
        return (reaction, roundTrip, gc);
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

    /// <summary>The client may hold the last reply before the server has logged sending it.</summary>
    private static Task<CoapDatagram> LastReplyLoggedAsync(FakeLwm2mServer server, byte[] token, TimeSpan deadline) =>
        server.Endpoint.WaitForDatagramAsync(
            d => d.Direction == CoapDatagramDirection.Sent && d.Message is { } m && m.Token.Span.SequenceEqual(token), "the last reply", deadline);

    /// <summary>Per exchange, the server's receive-to-send span from its traffic record, matched by token.</summary>
    private static List<double> ReactionTimes(IReadOnlyList<CoapDatagram> traffic, List<byte[]> tokens)
    {
        var received = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var sent = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        foreach (var datagram in traffic)
        {
            if (datagram.Message is { } m)
            {
                (datagram.Direction == CoapDatagramDirection.Received ? received : sent)[m.TokenHex] = datagram.Time;
            }
        }

        return [.. tokens.Select(Convert.ToHexStringLower)
            .Where(t => received.ContainsKey(t) && sent.ContainsKey(t))
            .Select(t => (sent[t] - received[t]).TotalMilliseconds)];
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
