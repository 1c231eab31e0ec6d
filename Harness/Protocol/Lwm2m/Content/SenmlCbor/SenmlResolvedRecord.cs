using Harness.Protocol.Lwm2m.Content.Cbor;

namespace Harness.Protocol.Lwm2m.Content.SenmlCbor;

/// <summary>
/// A record after RFC 8428 §4.6 resolution: the full name (bn + n), the LwM2M path it names (null when
/// it names none), its one value (bv + v for numbers), the resolved time (bt + t) and unit.
/// </summary>
public sealed record SenmlResolvedRecord(string Name, Lwm2mPath? Path, WireValue? Value, double? Time, string? Unit, int Offset);
