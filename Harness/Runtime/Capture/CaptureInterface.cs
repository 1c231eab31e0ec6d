using System.Net;

namespace Harness.Runtime.Capture;

/// <summary>A capture interface as libpcap lists it: its name, its addresses and whether it is the loopback.</summary>
public sealed record CaptureInterface(string Name, IReadOnlyList<IPAddress> Addresses, bool IsLoopback)
{
    /// <summary>libpcap's pseudo-interface capturing on all interfaces at once (Linux).</summary>
    public const string AnyName = "any";

    /// <summary>
    /// The interface that carries <paramref name="local"/>: "any" for a wildcard address, the interface holding the
    /// address, or the loopback interface for a loopback address no interface lists; null when none fits.
    /// </summary>
    public static CaptureInterface? Choose(IPAddress local, IEnumerable<CaptureInterface> interfaces)
    {
        ArgumentNullException.ThrowIfNull(local);
        ArgumentNullException.ThrowIfNull(interfaces);
        var all = interfaces.ToList();
        var address = local.IsIPv4MappedToIPv6 ? local.MapToIPv4() : local;
        if (address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any))
        {
            return all.FirstOrDefault(candidate => candidate.Name == AnyName);
        }

        return all.FirstOrDefault(candidate => candidate.Addresses.Contains(address))
            ?? (IPAddress.IsLoopback(address) ? all.FirstOrDefault(candidate => candidate.IsLoopback) : null);
    }
}
