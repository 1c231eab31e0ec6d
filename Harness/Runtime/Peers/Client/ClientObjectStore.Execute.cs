using Harness.Protocol.Lwm2m;

namespace Harness.Runtime.Peers.Client;

/// <summary>Execute (OMA TS Core §6.3.5): an action per executable resource, wired by the client's owner.</summary>
public sealed partial class ClientObjectStore
{
    private readonly Dictionary<Lwm2mPath, ClientExecuteAction> actions = [];

    /// <summary>
    /// Makes the executable resource at <paramref name="resource"/> implemented and says what it does;
    /// replaces any earlier action. Executable resources without an action are not implemented (4.04).
    /// </summary>
    public void SetExecuteAction(Lwm2mPath resource, ClientExecuteAction action)
    {
        ArgumentNullException.ThrowIfNull(action);
        lock (gate)
        {
            if (!resource.IsResource || !definitions.TryGetValue(resource[0], out var definition)
                || !definition.TryGetResource(resource[2], out var d) || !d.IsExecutable)
            {
                throw new ArgumentException($"{resource} is no executable resource of an implemented object", nameof(resource));
            }

            actions[resource] = action;
        }
    }

    /// <summary>The executable resources implemented under <paramref name="instance"/>, by id.</summary>
    public IReadOnlyList<int> ExecutableResources(Lwm2mPath instance)
    {
        lock (gate)
        {
            return [.. actions.Keys.Where(p => p.Parent == instance).Select(p => p[2]).Order()];
        }
    }

    /// <summary>
    /// Runs the action of a resource with the argument text of the request. 4.05 when the resource is not
    /// executable, 4.04 when it or its instance is not there; an action that throws gives 5.00.
    /// </summary>
    public async Task<ClientOperationResult> ExecuteAsync(Lwm2mPath path, string? arguments, CancellationToken cancellationToken = default)
    {
        ClientExecuteAction? action;
        lock (gate)
        {
            if (Reach(path) is { } refused)
            {
                return refused;
            }

            if (!path.IsResource)
            {
                return ClientOperationResult.MethodNotAllowed($"Execute targets a resource, not {path}");
            }

            if (!definitions[path[0]].TryGetResource(path[2], out var definition))
            {
                return ClientOperationResult.NotFound($"object {path[0]} defines no resource {path[2]}");
            }

            if (!definition.IsExecutable)
            {
                return ClientOperationResult.MethodNotAllowed($"resource {path[2]} {definition.Name} is not executable");
            }

            if (ExistingInstance(path) is null || !actions.TryGetValue(path, out action))
            {
                return ClientOperationResult.NotFound($"{path} is not implemented");
            }
        }

        try
        {
            return await action(arguments, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new ClientOperationResult(ClientOperationStatus.InternalServerError, $"{path} failed: {e.Message}");
        }
    }
}
