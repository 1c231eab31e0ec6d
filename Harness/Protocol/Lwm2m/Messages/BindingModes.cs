using Harness.Protocol.Lwm2m.Model;

namespace Harness.Protocol.Lwm2m.Messages;

/// <summary>
/// The binding parameter <c>b</c> per version. LwM2M 1.0 folds queue mode into it (U, UQ, S, SQ, US,
/// UQS); from 1.1 on it lists transports once each (U UDP, T TCP, S SMS, N Non-IP; 1.2 adds M MQTT and
/// H HTTP) and queue mode is the separate <c>Q</c> parameter.
/// </summary>
public static class BindingModes
{
    public const string Udp = "U";

    private static readonly string[] V10Values = ["U", "UQ", "S", "SQ", "US", "UQS"];

    /// <summary>Null when <paramref name="binding"/> is valid for <paramref name="version"/>; else why not.</summary>
    public static string? Check(string binding, VersionNumber version)
    {
        ArgumentNullException.ThrowIfNull(binding);
        if (version <= Lwm2mVersions.V10)
        {
            return V10Values.Contains(binding, StringComparer.Ordinal) ? null : $"\"{binding}\" is not a 1.0 binding (U, UQ, S, SQ, US or UQS)";
        }

        string letters = version >= Lwm2mVersions.V12 ? "UTSNMH" : "UTSN";
        if (binding.Length == 0)
        {
            return "it is empty";
        }

        if (binding.Contains('Q', StringComparison.Ordinal))
        {
            return $"\"{binding}\" holds Q; from 1.1 on queue mode is the separate Q parameter";
        }

        var unknown = binding.Where(c => !letters.Contains(c, StringComparison.Ordinal)).ToArray();
        if (unknown.Length > 0)
        {
            return $"\"{binding}\" has {string.Join(", ", unknown.Select(c => $"'{c}'"))}; {version} bindings are letters of {letters}";
        }

        return binding.Distinct().Count() == binding.Length ? null : $"\"{binding}\" repeats a transport";
    }

    /// <summary>The 1.0 queue-mode form: UQ for U, SQ for S, UQS for US.</summary>
    public static string WithQueueModeV10(string binding)
    {
        ArgumentNullException.ThrowIfNull(binding);
        return binding.Contains('Q', StringComparison.Ordinal) || binding.Length == 0 ? binding : binding.Insert(1, "Q");
    }

    /// <summary>True when a 1.0 binding asks for queue mode (UQ, SQ, UQS).</summary>
    public static bool HasQueueModeV10(string? binding) => binding?.Contains('Q', StringComparison.Ordinal) == true;
}
