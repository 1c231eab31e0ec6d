using Harness.Protocol.Lwm2m.Content.Cbor;

namespace Harness.Protocol.Lwm2m.Content.SenmlCbor;

/// <summary>A resolved record as decoding needs it: the path it names, its value if any, where it starts.</summary>
internal readonly record struct SenmlEntry(Lwm2mPath Path, WireValue? Value, int Offset);
