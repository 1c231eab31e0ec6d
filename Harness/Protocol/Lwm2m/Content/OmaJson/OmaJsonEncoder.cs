using Harness.Protocol.Lwm2m.Content.SenmlJson;

namespace Harness.Protocol.Lwm2m.Content.OmaJson;

/// <summary>
/// Content to OMA JSON in the form of the LwM2M 1.0 examples: <c>{"bn":"/3/0/","e":[{"n":"0","sv":…},…]}</c>.
/// The base name is the request path plus "/" ("/" at the root), or the request path itself when it names
/// the only value, whose entry then has no name. Opaque goes as base64 in "sv", object links in "ov".
/// </summary>
internal static class OmaJsonEncoder
{
    public static byte[] Encode(Lwm2mContent content, Lwm2mPath request)
    {
        var leaves = SenmlFlattener.Flatten(content, request);
        bool single = leaves.Count == 1 && leaves[0].Path == request && !request.IsRoot;
        var writer = new CompactJsonWriter();
        writer.Raw("{"u8);
        writer.Property("bn"u8);
        writer.String(single ? request.ToString() : request.IsRoot ? "/" : request + "/");
        writer.Raw(",\"e\":["u8);
        for (int i = 0; i < leaves.Count; i++)
        {
            var (path, value) = leaves[i];
            writer.Raw(i == 0 ? "{"u8 : ",{"u8);
            if (!single)
            {
                writer.Property("n"u8);
                writer.String(request.IsRoot ? path.ToString()[1..] : SenmlValueWriter.RelativeName(path, request));
                writer.Byte((byte)',');
            }

            SenmlValueWriter.Write(writer, value, omaJson: true);
            writer.Byte((byte)'}');
        }

        writer.Raw("]}"u8);
        return writer.ToArray();
    }
}
