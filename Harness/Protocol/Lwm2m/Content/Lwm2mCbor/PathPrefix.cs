namespace Harness.Protocol.Lwm2m.Content.Lwm2mCbor;

/// <summary>Up to four ids gathered along the nesting; packed so a key can be compared and copied cheaply.</summary>
internal readonly struct PathPrefix : IEquatable<PathPrefix>
{
    private readonly ulong _ids;

    private PathPrefix(ulong ids, int length)
    {
        _ids = ids;
        Length = length;
    }

    public int Length { get; }

    public int this[int index] => (int)((_ids >> (16 * index)) & 0xFFFF);

    /// <summary>This prefix with <paramref name="id"/> appended; the caller keeps Length below 4.</summary>
    public PathPrefix Append(int id) => new(_ids | ((ulong)id << (16 * Length)), Length + 1);

    public PathPrefix Append(PathPrefix key)
    {
        var result = this;
        for (var i = 0; i < key.Length; i++)
        {
            result = result.Append(key[i]);
        }

        return result;
    }

    public Lwm2mPath ToPath() => Length switch
    {
        0 => Lwm2mPath.Root,
        1 => new Lwm2mPath(this[0]),
        2 => new Lwm2mPath(this[0], this[1]),
        3 => new Lwm2mPath(this[0], this[1], this[2]),
        _ => new Lwm2mPath(this[0], this[1], this[2], this[3]),
    };

    public bool Equals(PathPrefix other) => _ids == other._ids && Length == other.Length;

    public override bool Equals(object? obj) => obj is PathPrefix other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(_ids, Length);

    public override string ToString()
    {
        var self = this;
        return Length == 1
            ? this[0].ToString(System.Globalization.CultureInfo.InvariantCulture)
            : "[" + string.Join(", ", Enumerable.Range(0, Length).Select(i => self[i])) + "]";
    }

    public static bool operator ==(PathPrefix left, PathPrefix right) => left.Equals(right);

    public static bool operator !=(PathPrefix left, PathPrefix right) => !left.Equals(right);
}
