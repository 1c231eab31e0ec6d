using Harness.Protocol.Coap;

namespace Harness.Tests.Protocol.Lwm2m.Content.SenmlJson;

/// <summary>
/// Feeds mutated payloads through strict and lax decoding and checks what a judge relies on: no exception,
/// offsets inside the payload, a strict failure holds one Must-level error and no value, lax decoding's
/// first Must-level error is strict decoding's, both agree on valid bytes, rendering works, and whatever
/// lax decoding kept can be encoded and decodes to itself.
/// </summary>
internal static class DecoderRobustness
{
    public static (int Rejected, List<string> Failures) Run(FuzzDecoder decoder, IReadOnlyList<FuzzSeed> corpus, int inputs, int seed, CancellationToken token)
    {
        var random = new Random(seed);
        var failures = new List<string>();
        int rejected = 0;
        for (int i = 0; i < inputs && failures.Count < 5; i++)
        {
            if (i % 4096 == 0)
            {
                token.ThrowIfCancellationRequested();
            }

            var origin = corpus[random.Next(corpus.Count)];
            byte[] input = JsonMutator.Next(random, origin.Bytes, corpus[random.Next(corpus.Count)].Bytes);
            string? failure;
            try
            {
                failure = Check(decoder, input, origin, ref rejected);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                failure = exception.ToString();
            }

            if (failure is not null)
            {
                failures.Add($"{decoder.Name} at {origin.Context.RequestPath}: {Convert.ToHexStringLower(input)}: {failure}");
            }
        }

        return (rejected, failures);
    }

    private static string? Check(FuzzDecoder decoder, byte[] input, FuzzSeed origin, ref int rejected)
    {
        var strict = decoder.Decode(input, origin.Context);
        var lax = decoder.Decode(input, origin.Context with { Mode = CoapDecodeMode.Lax });
        if (strict.Errors.Concat(lax.Errors).Any(e => e.Offset < 0 || e.Offset > input.Length))
        {
            return "an error offset lies outside the payload";
        }

        if (decoder.Render(input).Length == 0)
        {
            return "rendering gave nothing";
        }

        var strictMust = strict.Errors.Where(e => e.Level == RequirementLevel.Must).ToList();
        if (strictMust.Count > 0)
        {
            rejected++;
            if (strict.Value is not null || strict.Errors.Count != 1)
            {
                return "a strict failure must carry no value and exactly one error";
            }

            var first = lax.Errors.FirstOrDefault(e => e.Level == RequirementLevel.Must);
            return first is null || first.Rule != strictMust[0].Rule || first.Offset != strictMust[0].Offset
                ? $"lax first error {first} differs from strict {strictMust[0]}"
                : Reencode(decoder, lax.Value, lax.Errors, origin);
        }

        if (lax.Errors.Any(e => e.Level == RequirementLevel.Must) || !VectorRun.Same(lax.Value, strict.Value!)
            || !lax.Errors.Select(e => e.Rule).SequenceEqual(strict.Errors.Select(e => e.Rule)))
        {
            return "lax decoding differs from strict decoding on valid bytes";
        }

        return Reencode(decoder, strict.Value, strict.Errors, origin);
    }

    /// <summary>What decoding kept encodes and decodes back to itself (values typed from their field excepted).</summary>
    private static string? Reencode(FuzzDecoder decoder, object? value, IReadOnlyList<CoapFormatError> errors, FuzzSeed origin)
    {
        if (value is null || errors.Any(e => e.Rule.EndsWith("-UNTYPED", StringComparison.Ordinal)))
        {
            return null;
        }

        _ = value.ToString();
        byte[]? bytes = decoder.Reencode(value, origin.Context);
        if (bytes is null)
        {
            return null;
        }

        var again = decoder.Decode(bytes, origin.Context);
        return again.Errors.Count == 0 && VectorRun.Same(again.Value, value) ? null : $"re-encoding {value} does not decode to itself: {string.Join("; ", again.Errors)}";
    }
}
