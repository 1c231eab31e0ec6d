using System.Text;

namespace Harness.Protocol.Lwm2m.Messages;

/// <summary>
/// The payload of Read-Composite and Observe-Composite in SenML JSON: one record per path with only a
/// name (OMA TS Core §6.3.8, §7.4.4). Paths are digits and slashes, so no escaping is needed.
/// </summary>
public static class CompositePathList
{
    public static byte[] ToSenmlJson(IEnumerable<Lwm2mPath> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return Encoding.UTF8.GetBytes("[" + string.Join(',', paths.Select(p => $"{{\"n\":\"{p}\"}}")) + "]");
    }
}
