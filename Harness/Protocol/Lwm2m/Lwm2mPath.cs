using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace Harness.Protocol.Lwm2m;

/// <summary>
/// An LwM2M path: the root ("/"), an object ("/3"), an object instance ("/3/0"), a resource ("/3/0/9") or a
/// resource instance ("/3/0/11/1"). Every id is 0..65534, so any value of this type is valid on the wire;
/// <c>default</c> is the root. Paths order depth-first: a parent sorts before its children.
/// </summary>
public readonly struct Lwm2mPath : IEquatable<Lwm2mPath>, IComparable<Lwm2mPath>, IComparable
{
    private readonly ushort _object;
    private readonly ushort _instance;
    private readonly ushort _resource;
    private readonly ushort _resourceInstance;
    private readonly byte _length;

    public Lwm2mPath(int objectId)
        : this(1, Lwm2mId.Check(objectId, nameof(objectId)), 0, 0, 0)
    {
    }

    public Lwm2mPath(int objectId, int objectInstanceId)
        : this(2, Lwm2mId.Check(objectId, nameof(objectId)), Lwm2mId.Check(objectInstanceId, nameof(objectInstanceId)), 0, 0)
    {
    }

    public Lwm2mPath(int objectId, int objectInstanceId, int resourceId)
        : this(
            3,
            Lwm2mId.Check(objectId, nameof(objectId)),
            Lwm2mId.Check(objectInstanceId, nameof(objectInstanceId)),
            Lwm2mId.Check(resourceId, nameof(resourceId)),
            0)
    {
    }

    public Lwm2mPath(int objectId, int objectInstanceId, int resourceId, int resourceInstanceId)
        : this(
            4,
            Lwm2mId.Check(objectId, nameof(objectId)),
            Lwm2mId.Check(objectInstanceId, nameof(objectInstanceId)),
            Lwm2mId.Check(resourceId, nameof(resourceId)),
            Lwm2mId.Check(resourceInstanceId, nameof(resourceInstanceId)))
    {
    }

    private Lwm2mPath(int length, int objectId, int instanceId, int resourceId, int resourceInstanceId)
    {
        _length = (byte)length;
        _object = (ushort)objectId;
        _instance = (ushort)instanceId;
        _resource = (ushort)resourceId;
        _resourceInstance = (ushort)resourceInstanceId;
    }

    public static Lwm2mPath Root => default;

    /// <summary>How many ids the path holds (0 for the root, 4 for a resource instance).</summary>
    public int Length => _length;

    public Lwm2mPathLevel Level => (Lwm2mPathLevel)_length;

    public bool IsRoot => _length == 0;

    public bool IsObject => _length == 1;

    public bool IsObjectInstance => _length == 2;

    public bool IsResource => _length == 3;

    public bool IsResourceInstance => _length == 4;

    public int? ObjectId => _length >= 1 ? _object : null;

    public int? ObjectInstanceId => _length >= 2 ? _instance : null;

    public int? ResourceId => _length >= 3 ? _resource : null;

    public int? ResourceInstanceId => _length >= 4 ? _resourceInstance : null;

    /// <summary>The id at <paramref name="index"/> (0 = object id).</summary>
    public int this[int index]
    {
        get
        {
            // The throw lives apart so the indexer inlines: decoders index paths for every value.
            if ((uint)index >= _length)
            {
                ThrowNoId(index);
            }

            return index switch
            {
                0 => _object,
                1 => _instance,
                2 => _resource,
                _ => _resourceInstance,
            };
        }
    }

    /// <summary>The path one level up; the root has none.</summary>
    public Lwm2mPath Parent => _length == 0
        ? throw new InvalidOperationException("The root path has no parent")
        : Truncate(_length - 1);

    /// <summary>Builds a path from 0 to 4 ids, each checked.</summary>
    public static Lwm2mPath FromIds(ReadOnlySpan<int> ids) => ids.Length switch
    {
        0 => Root,
        1 => new Lwm2mPath(ids[0]),
        2 => new Lwm2mPath(ids[0], ids[1]),
        3 => new Lwm2mPath(ids[0], ids[1], ids[2]),
        4 => new Lwm2mPath(ids[0], ids[1], ids[2], ids[3]),
        _ => throw new ArgumentException($"A path holds at most four ids, not {ids.Length}", nameof(ids)),
    };

    /// <summary>Parses the text form ("/", "/3/0/9"); throws <see cref="Lwm2mPathException"/> naming the fault.</summary>
    public static Lwm2mPath Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var error = Lwm2mPathParser.TryParse(text, out var path);
        return error is null ? path : throw new Lwm2mPathException(error);
    }

    public static bool TryParse([NotNullWhen(true)] string? text, out Lwm2mPath path) => TryParse(text, out path, out _);

    public static bool TryParse([NotNullWhen(true)] string? text, out Lwm2mPath path, [NotNullWhen(false)] out Lwm2mPathError? error)
    {
        if (text is null)
        {
            path = Root;
            error = new Lwm2mPathError(Lwm2mPathErrorKind.Empty, "Path is missing", 0, -1, Lwm2mPathParser.PathClause);
            return false;
        }

        error = Lwm2mPathParser.TryParse(text, out path);
        return error is null;
    }

    /// <summary>Reads a path from Uri-Path option values, one id per option; no options is the root.</summary>
    public static Lwm2mPath FromUriPath(IReadOnlyList<string> segments)
    {
        ArgumentNullException.ThrowIfNull(segments);
        var error = Lwm2mPathParser.TryParse(segments, out var path);
        return error is null ? path : throw new Lwm2mPathException(error);
    }

    public static bool TryFromUriPath(IReadOnlyList<string> segments, out Lwm2mPath path, [NotNullWhen(false)] out Lwm2mPathError? error)
    {
        ArgumentNullException.ThrowIfNull(segments);
        error = Lwm2mPathParser.TryParse(segments, out path);
        return error is null;
    }

    /// <summary>The Uri-Path option values for this path (none for the root).</summary>
    public IReadOnlyList<string> ToUriPath()
    {
        var segments = new string[_length];
        for (var i = 0; i < _length; i++)
        {
            segments[i] = this[i].ToString(CultureInfo.InvariantCulture);
        }

        return segments;
    }

    /// <summary>The path naming <paramref name="childId"/> one level below this one.</summary>
    public Lwm2mPath Child(int childId)
    {
        Lwm2mId.Check(childId, nameof(childId));
        return _length switch
        {
            0 => new Lwm2mPath(1, childId, 0, 0, 0),
            1 => new Lwm2mPath(2, _object, childId, 0, 0),
            2 => new Lwm2mPath(3, _object, _instance, childId, 0),
            3 => new Lwm2mPath(4, _object, _instance, _resource, childId),
            _ => throw new InvalidOperationException($"{this} is a resource instance; nothing lies below it"),
        };
    }

    /// <summary>The ancestor (or this path) holding only the first <paramref name="length"/> ids.</summary>
    public Lwm2mPath Truncate(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, (int)_length);
        return new Lwm2mPath(length, length > 0 ? _object : 0, length > 1 ? _instance : 0, length > 2 ? _resource : 0, length > 3 ? _resourceInstance : 0);
    }

    /// <summary>True when <paramref name="prefix"/> equals this path or is one of its ancestors.</summary>
    public bool StartsWith(Lwm2mPath prefix) =>
        prefix._length <= _length && (Packed & (prefix._length == 0 ? 0 : ulong.MaxValue << (64 - (16 * prefix._length)))) == prefix.Packed;

    /// <summary>True when this path lies strictly above <paramref name="other"/>.</summary>
    public bool IsAncestorOf(Lwm2mPath other) => _length < other._length && other.StartsWith(this);

    /// <summary>True when this path lies exactly one level above <paramref name="other"/>.</summary>
    public bool IsParentOf(Lwm2mPath other) => _length + 1 == other._length && other.StartsWith(this);

    // Unused id fields are always zero, so a field-wise comparison is exact.
    public bool Equals(Lwm2mPath other) =>
        _length == other._length && _object == other._object && _instance == other._instance
        && _resource == other._resource && _resourceInstance == other._resourceInstance;

    public override bool Equals(object? obj) => obj is Lwm2mPath other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(_length, _object, _instance, _resource, _resourceInstance);

    /// <summary>Depth-first order: ids compare one by one, and a path sorts before its descendants.</summary>
    public int CompareTo(Lwm2mPath other)
    {
        // Unused ids are zero, so the ids packed high to low compare like the id sequences, except that a path
        // and a descendant whose further ids are all zero pack alike: the shorter sorts first.
        var order = Packed.CompareTo(other.Packed);
        return order != 0 ? order : _length.CompareTo(other._length);
    }

    private ulong Packed => ((ulong)_object << 48) | ((ulong)_instance << 32) | ((ulong)_resource << 16) | _resourceInstance;

    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Lwm2mPath other => CompareTo(other),
        _ => throw new ArgumentException($"Cannot compare a path with {obj.GetType().Name}", nameof(obj)),
    };

    public override string ToString()
    {
        if (_length == 0)
        {
            return "/";
        }

        var text = new StringBuilder(24);
        for (var i = 0; i < _length; i++)
        {
            text.Append('/').Append(this[i].ToString(CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    [DoesNotReturn]
    private void ThrowNoId(int index) =>
        throw new ArgumentOutOfRangeException(nameof(index), index, $"Path {this} has {_length} ids");

    public static bool operator ==(Lwm2mPath left, Lwm2mPath right) => left.Equals(right);

    public static bool operator !=(Lwm2mPath left, Lwm2mPath right) => !left.Equals(right);

    public static bool operator <(Lwm2mPath left, Lwm2mPath right) => left.CompareTo(right) < 0;

    public static bool operator <=(Lwm2mPath left, Lwm2mPath right) => left.CompareTo(right) <= 0;

    public static bool operator >(Lwm2mPath left, Lwm2mPath right) => left.CompareTo(right) > 0;

    public static bool operator >=(Lwm2mPath left, Lwm2mPath right) => left.CompareTo(right) >= 0;
}
