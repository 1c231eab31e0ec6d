namespace Harness.Protocol.Lwm2m.Messages;

/// <summary>The two kinds of Write (OMA TS Core §6.3.3).</summary>
public enum WriteMode
{
    /// <summary>PUT: the target's content is replaced by the payload.</summary>
    Replace,

    /// <summary>POST: the resources in the payload are updated, the others left as they are.</summary>
    PartialUpdate,
}
