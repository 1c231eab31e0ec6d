namespace Harness.Protocol.Lwm2m.Content.Cbor;

/// <summary>One value of a payload at the full path it names, and the byte offset where the syntax tier found it.</summary>
public readonly record struct WireLeaf(Lwm2mPath Path, WireValue Value, int Offset);
