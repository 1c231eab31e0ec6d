namespace Harness.Runtime.Peers.Client;

/// <summary>
/// What an executable resource does when an LwM2M Server executes it. <paramref name="arguments"/> is the
/// payload text (null when there was none). The response is sent once the task completes, so an action
/// that ends the session (Reboot, Disable) should start that work and return at once.
/// </summary>
public delegate Task<ClientOperationResult> ClientExecuteAction(string? arguments, CancellationToken cancellationToken);
