namespace Harness.Protocol.Coap.Tcp;

/// <summary>What an attempt to read one frame from the front of a byte stream found.</summary>
public enum CoapTcpReadStatus
{
    /// <summary>The bytes so far are a valid prefix of a frame; nothing was consumed.</summary>
    NeedMoreData,

    /// <summary>A whole frame was read and consumed; the result holds the message (and, in lax mode, errors).</summary>
    Frame,

    /// <summary>The frame breaks a rule; nothing was consumed and the stream cannot be resynchronised.</summary>
    Error,
}
