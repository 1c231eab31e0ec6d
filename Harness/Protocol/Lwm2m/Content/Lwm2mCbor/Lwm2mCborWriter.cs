using System.Formats.Cbor;
using Harness.Protocol.Lwm2m.Content.Cbor;
using Harness.Protocol.Lwm2m.Values;

namespace Harness.Protocol.Lwm2m.Content.Lwm2mCbor;

/// <summary>
/// Leaves to bytes with the most compact nesting the format allows: every run of levels that has a single
/// child collapses into one array key ({[3, 0, 9]: 100} rather than {3: {0: {9: 100}}}); a branching level
/// keeps a plain id key. A run of two ids costs the same bytes either way; we use the array there too, so
/// one rule covers every run. Keys start at the Object level whatever the request path; lengths are
/// definite; values use the major type of their data type, floats in the narrowest exact width.
/// </summary>
public static class Lwm2mCborWriter
{
    public static byte[] Write(IEnumerable<(Lwm2mPath Path, Lwm2mValue Value)> leaves)
    {
        ArgumentNullException.ThrowIfNull(leaves);
        var root = new Node(0);
        foreach (var (path, value) in leaves.OrderBy(l => l.Path))
        {
            var node = root;
            for (var i = 0; i < path.Length; i++)
            {
                node = node.Child(path[i]);
            }

            node.Value = value;
        }

        var writer = new CborWriter(CborConformanceMode.Lax);
        WriteMap(writer, root);
        return writer.Encode();
    }

    private static void WriteMap(CborWriter writer, Node node)
    {
        writer.WriteStartMap(node.Children.Count);
        foreach (var child in node.Children)
        {
            var end = child;
            var run = 1;
            while (end.Value is null && end.Children.Count == 1)
            {
                end = end.Children[0];
                run++;
            }

            WriteKey(writer, child, run);
            if (end.Value is { } value)
            {
                CborNumbers.Write(writer, WireValue.From(value));
            }
            else
            {
                WriteMap(writer, end);
            }
        }

        writer.WriteEndMap();
    }

    private static void WriteKey(CborWriter writer, Node first, int run)
    {
        if (run == 1)
        {
            writer.WriteInt32(first.Id);
            return;
        }

        writer.WriteStartArray(run);
        var node = first;
        for (var i = 0; i < run; i++)
        {
            writer.WriteInt32(node.Id);
            node = i + 1 < run ? node.Children[0] : node;
        }

        writer.WriteEndArray();
    }

    private sealed class Node(int id)
    {
        public int Id { get; } = id;

        public List<Node> Children { get; } = [];

        public Lwm2mValue? Value { get; set; }

        /// <summary>Leaves arrive in path order, so a repeated id is always the last child.</summary>
        public Node Child(int childId)
        {
            if (Children.Count > 0 && Children[^1].Id == childId)
            {
                return Children[^1];
            }

            var child = new Node(childId);
            Children.Add(child);
            return child;
        }
    }
}
