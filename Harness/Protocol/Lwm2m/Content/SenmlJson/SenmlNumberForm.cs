namespace Harness.Protocol.Lwm2m.Content.SenmlJson;

/// <summary>How exactly a JSON number was read: as a 64-bit signed or unsigned integer, or only as a double.</summary>
public enum SenmlNumberForm
{
    Int64,
    UInt64,
    Real,
}
