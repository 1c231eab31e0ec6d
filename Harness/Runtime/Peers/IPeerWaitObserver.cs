namespace Harness.Runtime.Peers;

/// <summary>
/// Told when the harness starts waiting for its peer (an expected request, the response to a request it
/// sent) and, by disposing the returned scope, when the wait ends; lets a test tell the time the peer
/// imposes from the time the harness spends itself.
/// </summary>
public interface IPeerWaitObserver
{
    /// <summary>Opens a wait for <paramref name="awaited"/>; dispose the result when it arrived, failed or timed out.</summary>
    IDisposable BeginWait(string awaited);
}
