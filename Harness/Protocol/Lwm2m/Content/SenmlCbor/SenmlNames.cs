namespace Harness.Protocol.Lwm2m.Content.SenmlCbor;

/// <summary>
/// Reads bn + n as an LwM2M path without joining them: "/" or "/a/b/c/d" with one to four decimal ids, no
/// leading zeros, each at most 65534. The scan is a small state machine, so the state after the base name can
/// be kept and resumed for every record that shares it.
/// </summary>
internal struct SenmlNames
{
    private const int MaxDigits = 5;

    private Lwm2mPath _done;
    private int _completed;
    private int _id;
    private int _digits;
    private Step _step;

    private enum Step : byte
    {
        Start,
        AfterSlash,
        InId,
        Failed,
    }

    public static bool TryParsePath(ReadOnlySpan<byte> baseName, ReadOnlySpan<byte> name, out Lwm2mPath path)
    {
        var scan = default(SenmlNames);
        scan.Feed(baseName);
        scan.Feed(name);
        return scan.TryFinish(out path);
    }

    /// <summary>Continues the scan over <paramref name="text"/>.</summary>
    public void Feed(ReadOnlySpan<byte> text)
    {
        foreach (var c in text)
        {
            if (_step == Step.Failed)
            {
                return;
            }

            _step = Next(c);
        }
    }

    /// <summary>The path the text read so far names, if it names one.</summary>
    public readonly bool TryFinish(out Lwm2mPath path)
    {
        path = _done;
        switch (_step)
        {
            case Step.AfterSlash:
                return _completed == 0;
            case Step.InId when _id <= Lwm2mId.Max:
                path = _done.Child(_id);
                return true;
            default:
                return false;
        }
    }

    private Step Next(byte c)
    {
        var digit = c - (byte)'0';
        switch (_step)
        {
            case Step.Start:
                return c == (byte)'/' ? Step.AfterSlash : Step.Failed;
            case Step.AfterSlash when digit is >= 0 and <= 9 && _completed < 4:
                _id = digit;
                _digits = 1;
                return Step.InId;
            case Step.InId when digit is >= 0 and <= 9:
                if (_digits == MaxDigits || _id == 0)
                {
                    return Step.Failed;
                }

                _id = (_id * 10) + digit;
                _digits++;
                return Step.InId;
            case Step.InId when c == (byte)'/' && _id <= Lwm2mId.Max:
                // A fourth id is not kept: only the end may follow it, and a slash leaves nothing that can finish.
                _done = _completed < 3 ? _done.Child(_id) : _done;
                _completed++;
                return Step.AfterSlash;
            default:
                return Step.Failed;
        }
    }
}
