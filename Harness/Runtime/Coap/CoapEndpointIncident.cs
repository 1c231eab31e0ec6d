namespace Harness.Runtime.Coap;

/// <summary>Something the endpoint survived but a test may want to see: a failing handler, an unmatched ACK, a socket error.</summary>
public sealed record CoapEndpointIncident(DateTimeOffset Time, string Description, Exception? Exception = null)
{
    public override string ToString() => $"{Time:HH:mm:ss.fff} {Description}{(Exception is null ? string.Empty : $": {Exception.Message}")}";
}
