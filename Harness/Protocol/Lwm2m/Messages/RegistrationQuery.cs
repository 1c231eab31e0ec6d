using System.Globalization;
using Harness.Protocol.Lwm2m.Model;

namespace Harness.Protocol.Lwm2m.Messages;

/// <summary>Reads the Uri-Query of Register and Update into named values, collecting every error.</summary>
internal sealed class RegistrationQuery
{
    private readonly Dictionary<string, string?> values = new(StringComparer.Ordinal);

    public RegistrationQuery(IReadOnlyList<string> items, IReadOnlyCollection<string> allowed, string clause, List<Lwm2mMessageError> errors)
    {
        foreach (var item in items)
        {
            var parameter = QueryParameter.Parse(item);
            if (!allowed.Contains(parameter.Name))
            {
                errors.Add(new($"Uri-Query \"{item}\"", $"unknown parameter; expected one of {string.Join(", ", allowed)}", clause));
            }
            else if (!values.TryAdd(parameter.Name, parameter.Value))
            {
                errors.Add(new($"Uri-Query \"{item}\"", $"{parameter.Name} is given more than once", clause));
            }
        }
    }

    public bool Has(string name) => values.ContainsKey(name);

    public string? Get(string name) => values.GetValueOrDefault(name);

    /// <summary>A value that must be present with '=' when given at all.</summary>
    public string? Text(string name, string clause, List<Lwm2mMessageError> errors)
    {
        if (!values.TryGetValue(name, out var value))
        {
            return null;
        }

        if (value is null)
        {
            errors.Add(new(name, $"\"{name}\" has no value; expected {name}=...", clause));
        }

        return value;
    }

    public uint? Lifetime(string clause, List<Lwm2mMessageError> errors)
    {
        var text = Text("lt", clause, errors);
        if (text is null)
        {
            return null;
        }

        if (uint.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out uint lifetime))
        {
            return lifetime;
        }

        errors.Add(new("lt", $"lt=\"{text}\" is not a lifetime in whole seconds", clause));
        return null;
    }

    public string? Binding(VersionNumber version, string clause, List<Lwm2mMessageError> errors)
    {
        var binding = Text("b", clause, errors);
        if (binding is not null && BindingModes.Check(binding, version) is { } problem)
        {
            errors.Add(new("b", problem, clause));
        }

        return binding;
    }
}
