using System.Text.RegularExpressions;
using Harness.Protocol.Lwm2m;
using Harness.Testing.Baselines;
using Harness.Testing.Metadata;

namespace Harness.Testing.Plan;

/// <summary>Rules that span several keys or need more than a type: checked after binding, errors at the offending key.</summary>
internal sealed partial class TestPlanValidator(PlanErrorSink errors, PlanPositions positions, string planFileName, string? planDirectory)
{
    public void Validate(TestPlan plan)
    {
        ValidateDut(plan);
        ValidateIcs(plan.Ics);
        ValidateEtsTimers(plan.Ixit.Ets);
        ValidateRules(plan.Selection.Include, "selection.include");
        ValidateRules(plan.Selection.Exclude, "selection.exclude");
        if (plan.Baseline is { } baseline && planDirectory is not null)
        {
            ValidateBaseline(Path.Combine(planDirectory, baseline), baseline);
        }
    }

    // The baseline is part of the plan: a broken baseline stops the run as a broken plan does.
    private void ValidateBaseline(string path, string written)
    {
        if (!File.Exists(path))
        {
            Add("baseline", $"baseline: file \"{written}\" not found (paths are relative to the plan's folder)");
            return;
        }

        // Named as the plan was named, so errors read "plans/x-baseline.yaml:4:11" beside "plans/x.yaml:7:11".
        var shownName = Path.Combine(Path.GetDirectoryName(planFileName) ?? string.Empty, written);
        errors.AddFromOtherFile(BaselineLoader.Parse(File.ReadAllText(path), shownName).Errors);
    }

    private void ValidateDut(TestPlan plan)
    {
        var dut = plan.Dut;
        if (!Lwm2mVersions.All.Contains(dut.Lwm2mVersion))
        {
            Add("dut.lwm2mVersion", $"dut.lwm2mVersion: {dut.Lwm2mVersion} is not supported; expected one of {string.Join(", ", Lwm2mVersions.All)}");
        }

        if (string.IsNullOrWhiteSpace(dut.Endpoint))
        {
            Add("dut.endpoint", "dut.endpoint: expected a non-empty endpoint name");
        }

        ValidateAdapter(dut.Adapter);
        if (dut.Adapter.Kind == AdapterKind.Attach && dut.Role == DutRole.Client && plan.Ixit.ServerPort == 0)
        {
            Add(positions.Contains("ixit.serverPort") ? "ixit.serverPort" : "dut.adapter.kind", "ixit.serverPort: an attached client DUT is already configured with the server's port; give that port (not 0)");
        }

        if (dut.Role != DutRole.Client && (plan.Ixit.DutAddress is null || plan.Ixit.DutPort is null))
        {
            Add("ixit", $"ixit: a DUT in role {PlanNames.EnumValue(dut.Role)} is reached at ixit.dutAddress and ixit.dutPort; give both");
        }
    }

    private void ValidateAdapter(AdapterSettings adapter)
    {
        if (adapter.Kind != AdapterKind.Process)
        {
            var processOnly = new (string Key, bool Given)[]
            {
                ("command", adapter.Command is not null),
                ("workingDirectory", adapter.WorkingDirectory is not null),
                ("stimuli", adapter.Stimuli.Count > 0),
                ("environment", adapter.Environment.Count > 0),
                ("queueModeArguments", adapter.QueueModeArguments is not null),
                ("quitLine", adapter.QuitLine is not null),
            };
            foreach (var (key, _) in processOnly.Where(entry => entry.Given))
            {
                Add($"dut.adapter.{key}", $"dut.adapter.{key}: applies only to kind process, not {PlanNames.EnumValue(adapter.Kind)}");
            }

            return;
        }

        if (string.IsNullOrWhiteSpace(adapter.Command))
        {
            Add("dut.adapter", "dut.adapter: missing required key \"command\" for kind process");
            return;
        }

        ValidatePlaceholders(adapter.Command, "dut.adapter.command");
        if (adapter.QueueModeArguments is { } queueMode)
        {
            ValidatePlaceholders(queueMode, "dut.adapter.queueModeArguments");
        }
    }

    private void ValidatePlaceholders(string template, string path)
    {
        foreach (Match placeholder in Placeholder().Matches(template))
        {
            var name = placeholder.Groups[1].Value;
            if (!CommandPlaceholders.All.Contains(name))
            {
                Add(path, $"{path}: unknown placeholder {{{name}}}{DidYouMean.Hint(name, CommandPlaceholders.All)} (known: {string.Join(", ", CommandPlaceholders.All)})");
            }
        }
    }

    private void ValidateEtsTimers(EtsTimerSettings ets)
    {
        if (ets.ExtendedLifetimeSeconds <= ets.InitialLifetimeSeconds)
        {
            Add(positions.Contains("ixit.ets.extendedLifetimeSeconds") ? "ixit.ets.extendedLifetimeSeconds" : "ixit.ets",
                $"ixit.ets.extendedLifetimeSeconds: {ets.ExtendedLifetimeSeconds} must exceed initialLifetimeSeconds ({ets.InitialLifetimeSeconds}); int-107 extends the lifetime");
        }
    }

    private void ValidateIcs(IcsSettings ics)
    {
        for (var index = 0; index < ics.Objects.Count; index++)
        {
            var id = ics.Objects[index].Id;
            if (ics.Objects.Take(index).Any(earlier => earlier.Id == id))
            {
                Add($"ics.objects[{index}]", $"ics.objects[{index}]: object {id} is listed twice");
            }
        }

        for (var index = 0; index < ics.Features.Count; index++)
        {
            var feature = ics.Features[index];
            var looksLikeId = feature.StartsWith("LWM2M-", StringComparison.OrdinalIgnoreCase);
            if (looksLikeId ? !ConformanceIds.IsStaticConformanceId(feature) : !FeatureName().IsMatch(feature))
            {
                Add($"ics.features[{index}]", looksLikeId
                    ? $"ics.features[{index}]: \"{feature}\" is not a static conformance id like LWM2M-BOOT-004-C-O"
                    : $"ics.features[{index}]: \"{feature}\" is not a feature name (letters and digits, starting with a letter)");
            }
        }
    }

    private void ValidateRules(SelectionRules rules, string path)
    {
        for (var index = 0; index < rules.Ets.Count; index++)
        {
            var pattern = rules.Ets[index];
            if (!IsEtsPattern(pattern))
            {
                Add($"{path}.ets[{index}]", $"{path}.ets[{index}]: \"{pattern}\" is not an ETS id or pattern; expected {ConformanceIds.EtsIdFormat}, where * and ? may stand for characters");
            }
        }

        for (var index = 0; index < rules.Interfaces.Count; index++)
        {
            var pattern = rules.Interfaces[index];
            if (!Lwm2mInterfaces.All.Any(name => GlobPattern.Matches(pattern, name)))
            {
                Add($"{path}.interfaces[{index}]", $"{path}.interfaces[{index}]: \"{pattern}\" matches no interface{DidYouMean.Hint(pattern, Lwm2mInterfaces.All)} (known: {string.Join(", ", Lwm2mInterfaces.All)})");
            }
        }
    }

    private static bool IsEtsPattern(string pattern) =>
        GlobPattern.HasWildcard(pattern) ? EtsGlob().IsMatch(pattern) : ConformanceIds.IsEtsId(pattern);

    private void Add(string path, string message) => errors.Add(positions.Of(path), message);

    [GeneratedRegex(@"\{([^{}]*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9]*$", RegexOptions.CultureInvariant)]
    private static partial Regex FeatureName();

    [GeneratedRegex(@"^(\*|LightweightM2M-[A-Za-z0-9.*?\-]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex EtsGlob();
}
