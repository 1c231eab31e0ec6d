using Harness.Protocol.Lwm2m.Values;

namespace Harness.Protocol.Lwm2m.Content.SenmlJson;

/// <summary>
/// A resolved, typed record: the path it names, its value (null for a SenML-ETCH removal), its resolved
/// time (base time + time; 0 when neither is given) and where it came from.
/// </summary>
internal readonly record struct SenmlLeaf(Lwm2mPath Path, Lwm2mValue? Value, double Time, int RecordIndex, int Offset)
{
    public bool IsRemoval => Value is null;
}
