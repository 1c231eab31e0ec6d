namespace Harness.Runtime.Capture;

/// <summary>Live capture cannot run here: libpcap is missing, the process lacks the privilege, or no interface carries the address.</summary>
public sealed class CaptureUnavailableException : Exception
{
    public CaptureUnavailableException()
    {
    }

    public CaptureUnavailableException(string message)
        : base(message)
    {
    }

    public CaptureUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
