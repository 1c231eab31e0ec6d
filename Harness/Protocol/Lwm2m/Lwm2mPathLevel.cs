namespace Harness.Protocol.Lwm2m;

/// <summary>What a path names; the value is the number of ids in the path.</summary>
public enum Lwm2mPathLevel
{
    Root = 0,
    Object = 1,
    ObjectInstance = 2,
    Resource = 3,
    ResourceInstance = 4,
}
