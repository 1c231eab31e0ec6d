using Harness.Protocol.Coap;
using Harness.Protocol.Coap.Tcp;

namespace Harness.Runtime.Coap.Tcp;

/// <summary>How a connection ended: the cause, the Release/Abort message involved if any, and a reason in words.</summary>
public sealed record CoapTcpClosure(CoapTcpCloseCause Cause, string Reason, CoapMessage? Signal = null)
{
    public ReleaseSignal? Release => Signal?.Code == CoapCode.Release ? ReleaseSignal.Read(Signal) : null;

    public AbortSignal? Abort => Signal?.Code == CoapCode.Abort ? AbortSignal.Read(Signal) : null;

    public override string ToString() => $"{Cause}: {Reason}";
}
