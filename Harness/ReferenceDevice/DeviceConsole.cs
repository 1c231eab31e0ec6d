using Harness.Runtime.Peers.Client;

namespace Harness.ReferenceDevice;

/// <summary>The console commands a harness (or a person) types at the device, one per line.</summary>
internal sealed class DeviceConsole(ReferenceDeviceHost host)
{
    public const string Commands = "update, deregister, reboot, set PATH VALUE, quit, help";

    /// <summary>Carries out one line; false when the device should stop.</summary>
    public async Task<bool> ExecuteAsync(string line, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(line);
        string[] words = line.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0)
        {
            return true;
        }

        var registration = host.Registration;
        switch (words[0])
        {
            case "quit" when words.Length == 1:
                return false;
            case "help" when words.Length == 1:
                host.Print($"commands: {Commands}");
                break;
            case "update" when words.Length == 1:
                if (RequireRegistered("update"))
                {
                    await registration.UpdateAsync(cancellationToken).ConfigureAwait(false);
                }

                break;
            case "deregister" when words.Length == 1:
                if (RequireRegistered("deregister"))
                {
                    await registration.DeregisterAsync(cancellationToken).ConfigureAwait(false);
                }

                break;
            case "reboot" when words.Length == 1:
                host.Print("rebooting");
                await registration.RebootAsync(cancellationToken).ConfigureAwait(false);
                break;
            case "set" when words.Length == 3:
                host.Print(host.Binding.Set(words[1], words[2]) is { } problem ? $"error: set: {problem}" : $"set {words[1]}={words[2]}");
                break;
            case "set":
                host.Print("error: usage: set PATH VALUE");
                break;
            default:
                host.Print($"error: unknown command '{line.Trim()}'; commands: {Commands}");
                break;
        }

        return true;
    }

    private bool RequireRegistered(string command)
    {
        if (host.Registration.State == RegistrationState.Registered)
        {
            return true;
        }

        host.Print($"error: {command}: not registered ({host.Registration.State})");
        return false;
    }
}
