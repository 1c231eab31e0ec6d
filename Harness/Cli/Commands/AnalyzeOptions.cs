using System.Globalization;
using System.Net;
using Harness.Runtime.Analysis;
using Harness.Runtime.Analysis.Timeline;
using Harness.Runtime.Coap;

namespace Harness.Cli.Commands;

/// <summary>What `analyze` was asked: the capture, the output, and the parameters the DUT was configured with.</summary>
internal sealed record AnalyzeOptions
{
    /// <summary>An hour: far beyond any real ACK_TIMEOUT, and small enough for every derived time to stay exact.</summary>
    private const double MaxAckTimeoutSeconds = 3600;

    public string? File { get; init; }

    /// <summary>"text" or "json".</summary>
    public string Format { get; init; } = "text";

    public string? Output { get; init; }

    /// <summary>ACK_TIMEOUT in seconds; null for the RFC 7252 default.</summary>
    public double? AckTimeoutSeconds { get; init; }

    public double? AckRandomFactor { get; init; }

    public int? MaxRetransmit { get; init; }

    /// <summary>UDP/TCP ports carrying CoAP besides 5683 and 5684.</summary>
    public IReadOnlyList<int> Ports { get; init; } = [];

    /// <summary>ADDR:PORT of the endpoints whose messages are never at fault.</summary>
    public IReadOnlyList<string> Harness { get; init; } = [];

    public bool Timeline { get; init; }

    public bool ListRules { get; init; }

    /// <summary>An Allure results folder to write the analysis into, or null.</summary>
    public string? Allure { get; init; }

    /// <summary>The analysis settings, or the reasons the options cannot make them.</summary>
    public (WireAnalysisSettings? Settings, IReadOnlyList<string> Errors) ToSettings()
    {
        var errors = new List<string>();
        var defaults = CoapTransmissionSettings.Default;
        var ackTimeout = defaults.AckTimeout;
        if (AckTimeoutSeconds is { } seconds)
        {
            if (double.IsFinite(seconds) && seconds > 0 && seconds <= MaxAckTimeoutSeconds)
            {
                ackTimeout = TimeSpan.FromSeconds(seconds);
            }
            else
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"--ack-timeout {seconds}: expected a positive number of seconds up to {MaxAckTimeoutSeconds}"));
            }
        }

        var transmission = defaults with
        {
            AckTimeout = ackTimeout,
            AckRandomFactor = AckRandomFactor ?? defaults.AckRandomFactor,
            MaxRetransmit = MaxRetransmit ?? defaults.MaxRetransmit,
        };
        errors.AddRange(transmission.Problems());
        var harness = new HashSet<IPEndPoint>();
        foreach (var text in Harness)
        {
            if (IPEndPoint.TryParse(text, out var endpoint) && endpoint.Port != 0)
            {
                harness.Add(endpoint);
            }
            else
            {
                errors.Add($"--harness {text}: expected ADDR:PORT, e.g. 127.0.0.1:5683 or [::1]:5683");
            }
        }

        errors.AddRange(Ports.Where(p => p is < 1 or > 65535).Select(p => string.Create(CultureInfo.InvariantCulture, $"--port {p}: not a port number (1..65535)")));
        if (!string.Equals(Format, "text", StringComparison.Ordinal) && !string.Equals(Format, "json", StringComparison.Ordinal))
        {
            errors.Add($"--format {Format}: expected text or json");
        }

        return errors.Count > 0
            ? (null, errors)
            : (new WireAnalysisSettings { Transmission = transmission, HarnessEndpoints = harness }, errors);
    }

    public WireTimelineOptions TimelineOptions() => new() { CoapPorts = Ports.ToHashSet() };
}
