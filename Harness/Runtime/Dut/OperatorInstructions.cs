namespace Harness.Runtime.Dut;

/// <summary>
/// What the operator is asked to do for each action, as templates over the configuration's placeholders;
/// a stimulus's arguments are placeholders of its instruction too.
/// </summary>
public sealed record OperatorInstructions
{
    public string Start { get; init; } =
        "Start the device under test with LwM2M server {serverUri}, bootstrap server {bootstrapUri}, endpoint name {endpoint} and lifetime {lifetime} s";

    public string Stop { get; init; } = "Stop the device under test";

    public string Reset { get; init; } = "Reset the device under test to its initial state";

    /// <summary>Stimulus name → instruction, e.g. "update" → "Trigger a registration update on the device".</summary>
    public IReadOnlyDictionary<string, string> Stimuli { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>How long the operator has for each instruction.</summary>
    public TimeSpan Deadline { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The instruction for a stimulus; one the plan does not word is described by its name and arguments.</summary>
    public string ForStimulus(string name, IReadOnlyDictionary<string, string> values, IReadOnlyDictionary<string, string>? arguments)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(values);
        var all = new Dictionary<string, string>(values, StringComparer.Ordinal);
        foreach (var (key, value) in arguments ?? new Dictionary<string, string>())
        {
            if (!all.TryAdd(key, value))
            {
                throw new DutConfigurationException($"argument '{key}' of stimulus '{name}' has the name of a configuration placeholder; rename it");
            }
        }

        if (Stimuli.TryGetValue(name, out string? template))
        {
            return PlaceholderTemplate.Expand(template, all, $"instruction for stimulus '{name}'");
        }

        string described = arguments is null || arguments.Count == 0
            ? string.Empty
            : " with " + string.Join(", ", arguments.Select(a => $"{a.Key} = {a.Value}"));
        return $"Apply the stimulus '{name}'{described} to the device under test";
    }
}
