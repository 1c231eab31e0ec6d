using System.Globalization;

namespace Harness.Runtime.Dut;

/// <summary>
/// What a DUT is started with for one test: where the harness listens, who the DUT is and its credentials.
/// Each value is also a placeholder of command and stimulus templates, under the name of its property.
/// </summary>
public sealed record DutConfiguration
{
    public string ServerUri { get; init; } = string.Empty;

    public string BootstrapUri { get; init; } = string.Empty;

    public string Endpoint { get; init; } = string.Empty;

    public TimeSpan Lifetime { get; init; } = TimeSpan.FromSeconds(300);

    public string PskIdentity { get; init; } = string.Empty;

    /// <summary>The pre-shared key in hexadecimal, as most clients take it on their command line.</summary>
    public string PskKey { get; init; } = string.Empty;

    public int ServerPort { get; init; }

    public int BootstrapPort { get; init; }

    /// <summary>Folder of the harness binaries, so a plan can name launchers shipped with the harness.</summary>
    public string HarnessBin { get; init; } = AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar);

    /// <summary>Further named values from the plan (device profile, object values...), usable as placeholders.</summary>
    public IReadOnlyDictionary<string, string> Extra { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Every placeholder this configuration defines, with its text; extra values must not shadow the standard ones.</summary>
    public IReadOnlyDictionary<string, string> PlaceholderValues()
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["serverUri"] = ServerUri,
            ["bootstrapUri"] = BootstrapUri,
            ["endpoint"] = Endpoint,
            ["lifetime"] = ((long)Lifetime.TotalSeconds).ToString(CultureInfo.InvariantCulture),
            ["pskIdentity"] = PskIdentity,
            ["pskKey"] = PskKey,
            ["serverPort"] = ServerPort.ToString(CultureInfo.InvariantCulture),
            ["bootstrapPort"] = BootstrapPort.ToString(CultureInfo.InvariantCulture),
            ["harnessBin"] = HarnessBin,
        };
        foreach (var (name, value) in Extra)
        {
            if (!values.TryAdd(name, value))
            {
                throw new DutConfigurationException($"extra value '{name}' has the name of a standard placeholder; choose another name");
            }
        }

        return values;
    }
}
