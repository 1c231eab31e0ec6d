using Harness.Protocol.Coap;
using Harness.Protocol.Coap.Tcp;

namespace Harness.Runtime.Coap.Tcp;

/// <summary>
/// Bytes received but not yet framed. It grows only as far as a frame the decoder accepts, since an
/// oversized frame is rejected from its header.
/// </summary>
internal sealed class CoapTcpFrameBuffer
{
    private const int ReadSize = 16 * 1024;
    private const int MaxErrorBytes = 64 * 1024;

    private byte[] data = new byte[ReadSize];
    private int start;
    private int end;

    public int Buffered => end - start;

    /// <summary>Room for the next socket read.</summary>
    public Memory<byte> GetWriteMemory()
    {
        if (start > 0 && (data.Length - end < ReadSize))
        {
            Array.Copy(data, start, data, 0, end - start);
            end -= start;
            start = 0;
        }

        if (data.Length - end < ReadSize)
        {
            Array.Resize(ref data, Math.Max(data.Length * 2, end + ReadSize));
        }

        return data.AsMemory(end);
    }

    public void Advance(int count) => end += count;

    /// <summary>
    /// Takes the next whole frame (its own copy of the bytes) or reports a framing error with the
    /// bytes buffered so far; on an error nothing is taken.
    /// </summary>
    public CoapTcpReadStatus TryTake(long maxMessageSize, out byte[] bytes, out CoapDecodeResult result)
    {
        var status = CoapTcpCodec.TryReadFrame(data.AsMemory(start, end - start), CoapDecodeMode.Strict, out int consumed, out result, maxMessageSize);
        switch (status)
        {
            case CoapTcpReadStatus.Frame:
                bytes = data.AsSpan(start, consumed).ToArray();
                result = CoapTcpCodec.Decode(bytes, CoapDecodeMode.Strict, maxMessageSize);
                start += consumed;
                return status;
            case CoapTcpReadStatus.Error:
                bytes = data.AsSpan(start, Math.Min(end - start, MaxErrorBytes)).ToArray();
                return status;
            default:
                bytes = [];
                return status;
        }
    }
}
