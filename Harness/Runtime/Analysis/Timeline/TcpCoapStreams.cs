using Harness.Runtime.Analysis.Dissection;

namespace Harness.Runtime.Analysis.Timeline;

/// <summary>
/// The TCP connections of a capture on CoAP ports, one <see cref="TcpDirection"/> per direction, found by
/// addresses and ports. A SYN with a new initial sequence number on known ports starts a new connection.
/// </summary>
internal sealed class TcpCoapStreams
{
    private readonly WireTimelineOptions options;
    private readonly EndpointCache endpoints;
    private readonly List<WireMessage> messages;
    private readonly List<string> notes;
    private readonly Dictionary<(WireAddress, ushort, WireAddress, ushort), TcpDirection> directions = [];
    private readonly List<TcpDirection> finished = [];

    public TcpCoapStreams(WireTimelineOptions options, EndpointCache endpoints, List<WireMessage> messages, List<string> notes)
    {
        this.options = options;
        this.endpoints = endpoints;
        this.messages = messages;
        this.notes = notes;
    }

    public void Add(in TransportPacket packet, long frameNumber, long utcTicks, string? comment)
    {
        var key = (packet.Source, packet.SourcePort, packet.Destination, packet.DestinationPort);
        directions.TryGetValue(key, out var direction);
        if (packet.HasFlag(TransportPacket.Syn))
        {
            if (direction is null || direction.InitialSequence != packet.Sequence)
            {
                if (direction is not null)
                {
                    Close(direction);
                }

                direction = New(packet);
                directions[key] = direction;
                direction.Syn(packet.Sequence);
            }

            // Data on a SYN (TCP Fast Open) follows the SYN's own sequence number.
            direction.Data(new TcpSegment(packet.Sequence + 1, packet.Payload, frameNumber, utcTicks, comment), notes);
            return;
        }

        if (direction is null)
        {
            direction = New(packet);
            directions[key] = direction;
        }

        direction.Data(new TcpSegment(packet.Sequence, packet.Payload, frameNumber, utcTicks, comment), notes);
        if (packet.HasFlag(TransportPacket.Rst))
        {
            Close(direction);
            directions.Remove(key);
        }
    }

    /// <summary>Notes on every direction: gaps, unfinished frames, retransmissions, streams joined in the middle.</summary>
    public IEnumerable<string> Finish()
    {
        foreach (var direction in directions.Values)
        {
            Close(direction);
        }

        directions.Clear();
        var result = new List<string>();
        foreach (var direction in finished)
        {
            if (direction.JoinedMidStream)
            {
                result.Add($"TCP {direction.Name}: the capture starts after the connection opened; its first bytes may fall inside a frame");
            }

            if (direction.Retransmissions > 0)
            {
                result.Add($"TCP {direction.Name}: {direction.Retransmissions} retransmitted segments held nothing new");
            }
        }

        finished.Clear();
        return result;
    }

    private TcpDirection New(in TransportPacket packet) =>
        new(endpoints.Get(packet.Source, packet.SourcePort), endpoints.Get(packet.Destination, packet.DestinationPort), options.MaxOutOfOrderBytes, messages);

    private void Close(TcpDirection direction)
    {
        direction.Finish(notes);
        finished.Add(direction);
    }
}
