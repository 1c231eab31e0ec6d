namespace Harness.Runtime.Capture;

/// <summary>
/// Counts which of the datagrams the harness saw a capture lacks. Datagrams are told apart by ports and payload
/// (addresses may differ in form: a wildcard or IPv4-mapped local address), each copy counting once, so that a
/// retransmission the harness sent twice must be in the capture twice.
/// </summary>
public sealed class DatagramTally
{
    private readonly Dictionary<string, int> outstanding = new(StringComparer.Ordinal);

    /// <summary>Starts with every datagram of <paramref name="expected"/> outstanding.</summary>
    public DatagramTally(IEnumerable<UdpDatagramView> expected)
    {
        ArgumentNullException.ThrowIfNull(expected);
        foreach (var datagram in expected)
        {
            var key = Key(datagram);
            outstanding[key] = outstanding.GetValueOrDefault(key) + 1;
            Missing++;
        }
    }

    /// <summary>Expected datagrams not seen yet.</summary>
    public int Missing { get; private set; }

    /// <summary>Takes <paramref name="seen"/> off the outstanding ones if it is one of them.</summary>
    public void Observe(UdpDatagramView seen)
    {
        ArgumentNullException.ThrowIfNull(seen);
        var key = Key(seen);
        if (outstanding.TryGetValue(key, out var count) && count > 0)
        {
            outstanding[key] = count - 1;
            Missing--;
        }
    }

    private static string Key(UdpDatagramView datagram) =>
        $"{datagram.Source.Port}>{datagram.Destination.Port}:{Convert.ToHexString(datagram.Payload.Span)}";
}
