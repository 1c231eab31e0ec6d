namespace Harness.Runtime.Analysis.Reading;

/// <summary>
/// Reads a capture stream into large chunks and hands out slices of them. A chunk is never written again
/// once bytes of it were handed out (a new chunk takes the unread tail), so frames can refer to the chunk
/// without copying: the whole read costs about one allocation per <see cref="ChunkSize"/> bytes of file.
/// </summary>
internal sealed class CaptureByteSource : IDisposable
{
    /// <summary>Size of the chunks read from the stream; a block larger than this gets a chunk of its own size.</summary>
    public const int ChunkSize = 4 * 1024 * 1024;

    private const int SmallestChunk = 64 * 1024;

    private readonly Stream stream;
    private readonly bool leaveOpen;
    private byte[] chunk;
    private int start;
    private int end;
    private long chunkOffset;
    private bool endOfStream;

    public CaptureByteSource(Stream stream, bool leaveOpen)
    {
        ArgumentNullException.ThrowIfNull(stream);
        this.stream = stream;
        this.leaveOpen = leaveOpen;
        int first = ChunkSize;
        if (stream.CanSeek)
        {
            long remaining = Math.Max(0, stream.Length - stream.Position);
            first = (int)Math.Clamp(remaining, SmallestChunk, ChunkSize);
        }

        chunk = new byte[first];
    }

    /// <summary>Offset in the stream of the next unread byte.</summary>
    public long Position => chunkOffset + start;

    /// <summary>Unread bytes already buffered.</summary>
    public int Buffered => end - start;

    /// <summary>Makes <paramref name="count"/> bytes available at <see cref="Position"/>; false when the stream ends first.</summary>
    public bool Ensure(int count)
    {
        if (end - start >= count)
        {
            return true;
        }

        if (chunk.Length - start < count)
        {
            var next = new byte[Math.Max(ChunkSize, count)];
            chunk.AsSpan(start, end - start).CopyTo(next);
            chunkOffset += start;
            end -= start;
            start = 0;
            chunk = next;
        }

        while (end - start < count && !endOfStream)
        {
            int read = stream.Read(chunk, end, chunk.Length - end);
            if (read == 0)
            {
                endOfStream = true;
            }

            end += read;
        }

        return end - start >= count;
    }

    /// <summary>The next <paramref name="count"/> bytes without consuming them; <see cref="Ensure"/> must have returned true.</summary>
    public ReadOnlySpan<byte> Peek(int count) => chunk.AsSpan(start, count);

    /// <summary>The next <paramref name="count"/> bytes as memory that stays valid; <see cref="Ensure"/> must have returned true.</summary>
    public ReadOnlyMemory<byte> PeekMemory(int count) => chunk.AsMemory(start, count);

    /// <summary>Consumes <paramref name="count"/> buffered bytes.</summary>
    public void Advance(int count) => start += count;

    /// <summary>True when no byte is left to read.</summary>
    public bool AtEnd => !Ensure(1);

    public void Dispose()
    {
        if (!leaveOpen)
        {
            stream.Dispose();
        }
    }
}
