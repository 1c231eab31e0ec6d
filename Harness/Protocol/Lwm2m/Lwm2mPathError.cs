namespace Harness.Protocol.Lwm2m;

/// <summary>
/// Why a path was refused and where: <see cref="Offset"/> is the character offset in the text form
/// ("/3/0/9"; for Uri-Path segments, in the same text joined with '/'), <see cref="Segment"/> the
/// zero-based segment index or -1 when the fault is not in one segment.
/// </summary>
public sealed record Lwm2mPathError(Lwm2mPathErrorKind Kind, string Message, int Offset, int Segment, string Clause)
{
    public override string ToString() =>
        Segment >= 0
            ? $"{Message} at offset {Offset}, segment {Segment} ({Clause}; {Kind})"
            : $"{Message} at offset {Offset} ({Clause}; {Kind})";
}
