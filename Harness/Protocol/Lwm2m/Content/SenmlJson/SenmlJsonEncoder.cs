using Harness.Protocol.Lwm2m.Values;

namespace Harness.Protocol.Lwm2m.Content.SenmlJson;

/// <summary>
/// Content to SenML JSON, in the form of the LwM2M Core §7.4.4 examples: records in path order; below the
/// root the first record carries "bn" (the request path plus "/", or the request path itself when it names
/// the only value) and names are relative to it; at the root names are full paths and there is no "bn".
/// Field order is bn, n, value. A null value marks a SenML-ETCH removal.
/// </summary>
internal static class SenmlJsonEncoder
{
    public static byte[] Encode(Lwm2mContent content, Lwm2mPath request, IReadOnlyList<Lwm2mPath>? removals = null)
    {
        var leaves = SenmlFlattener.Flatten(content, request).ConvertAll(l => (l.Path, (Lwm2mValue?)l.Value));
        foreach (var removal in removals ?? [])
        {
            if (!removal.StartsWith(request) || removal.Length < 3)
            {
                throw new ArgumentException($"Removal {removal} must be a resource or resource instance inside {request}", nameof(removals));
            }

            leaves.Add((removal, null));
        }

        leaves.Sort(static (a, b) => a.Item1.CompareTo(b.Item1));
        bool single = leaves.Count == 1 && leaves[0].Item1 == request && !request.IsRoot;
        var writer = new CompactJsonWriter();
        writer.Byte((byte)'[');
        for (int i = 0; i < leaves.Count; i++)
        {
            var (path, value) = leaves[i];
            writer.Raw(i == 0 ? "{"u8 : ",{"u8);
            if (i == 0 && !request.IsRoot)
            {
                writer.Property("bn"u8);
                writer.String(single ? request.ToString() : request + "/");
                writer.Byte((byte)',');
            }

            if (!single)
            {
                writer.Property("n"u8);
                writer.String(SenmlValueWriter.RelativeName(path, request));
                writer.Byte((byte)',');
            }

            if (value is null)
            {
                writer.Raw("\"v\":null"u8);
            }
            else
            {
                SenmlValueWriter.Write(writer, value, omaJson: false);
            }

            writer.Byte((byte)'}');
        }

        writer.Byte((byte)']');
        return writer.ToArray();
    }

    /// <summary>A path list for Read-/Observe-Composite requests: one record per path, full names, in the order given.</summary>
    public static byte[] EncodePaths(IEnumerable<Lwm2mPath> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var seen = new HashSet<Lwm2mPath>();
        var writer = new CompactJsonWriter();
        writer.Byte((byte)'[');
        foreach (var path in paths)
        {
            if (!seen.Add(path))
            {
                throw new ArgumentException($"Path {path} is listed twice", nameof(paths));
            }

            writer.Raw(seen.Count == 1 ? "{"u8 : ",{"u8);
            writer.Property("n"u8);
            writer.String(path.ToString());
            writer.Byte((byte)'}');
        }

        writer.Byte((byte)']');
        return writer.ToArray();
    }
}
