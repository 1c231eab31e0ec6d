namespace Harness.Runtime.Capture;

/// <summary>Whether live capture is possible: the interface it would use, or why not.</summary>
public sealed record LiveCaptureProbe
{
    private LiveCaptureProbe(string? interfaceName, string? reason)
    {
        InterfaceName = interfaceName;
        Reason = reason;
    }

    public bool IsAvailable => InterfaceName is not null;

    /// <summary>The interface a capture would open, when available.</summary>
    public string? InterfaceName { get; }

    /// <summary>Why live capture is not possible, when it is not.</summary>
    public string? Reason { get; }

    public static LiveCaptureProbe Available(string interfaceName) => new(interfaceName, null);

    public static LiveCaptureProbe Unavailable(string reason) => new(null, reason);
}
