using System.Collections;
using System.Globalization;
using Harness.Protocol.Lwm2m.Model;
using YamlDotNet.RepresentationModel;

namespace Harness.Testing.Plan;

/// <summary>
/// Binds a YAML node tree onto the plan model by reflection, collecting every error with its
/// position instead of stopping at the first, and recording where each value was written.
/// </summary>
internal sealed class YamlModelBinder(PlanErrorSink errors, PlanPositions positions)
{
    public bool TryBind(YamlNode node, Type type, string path, out object? value)
    {
        positions.Record(path, node.Start);
        value = null;
        var plain = Nullable.GetUnderlyingType(type) ?? type;
        if (PlanModel.IsScalar(plain))
        {
            return TryBindScalar(node, plain, path, out value);
        }

        if (PlanModel.ListElementType(plain) is { } elementType)
        {
            return TryBindList(node, elementType, path, out value);
        }

        if (PlanModel.DictionaryValueType(plain) is { } valueType)
        {
            return TryBindDictionary(node, valueType, path, out value);
        }

        return TryBindMapping(node, plain, path, out value);
    }

    private bool TryBindMapping(YamlNode node, Type type, string path, out object? value)
    {
        value = null;
        if (node is not YamlMappingNode mapping)
        {
            errors.Add(node.Start, $"{Label(path)}: expected a mapping of keys to values, found {Describe(node)}");
            return false;
        }

        var instance = Activator.CreateInstance(type)!;
        var properties = PlanModel.Properties(type);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var ok = true;
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? string.Empty;
            var property = properties.FirstOrDefault(candidate => candidate.Key == key);
            if (property is null)
            {
                var keys = properties.Select(candidate => candidate.Key).ToList();
                errors.Add(keyNode.Start, $"{Label(path)}: unknown key \"{key}\"{DidYouMean.Hint(key, keys)} (allowed: {string.Join(", ", keys)})");
                ok = false;
                continue;
            }

            var childPath = Join(path, key);
            if (IsNull(valueNode))
            {
                positions.Record(childPath, valueNode.Start);
                continue;
            }

            seen.Add(key);
            if (TryBind(valueNode, property.Property.PropertyType, childPath, out var child) && InRange(property, child, valueNode, childPath))
            {
                property.Property.SetValue(instance, child);
            }
            else
            {
                ok = false;
            }
        }

        foreach (var missing in properties.Where(property => property.IsRequired && !seen.Contains(property.Key)))
        {
            errors.Add(mapping.Start, $"{Label(path)}: missing required key \"{missing.Key}\"");
            ok = false;
        }

        value = instance;
        return ok;
    }

    private bool TryBindList(YamlNode node, Type elementType, string path, out object? value)
    {
        value = null;
        if (node is not YamlSequenceNode sequence)
        {
            errors.Add(node.Start, $"{Label(path)}: expected a list, found {Describe(node)}");
            return false;
        }

        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(elementType))!;
        var ok = true;
        for (var index = 0; index < sequence.Children.Count; index++)
        {
            if (TryBind(sequence.Children[index], elementType, $"{path}[{index}]", out var item))
            {
                list.Add(item);
            }
            else
            {
                ok = false;
            }
        }

        value = list;
        return ok;
    }

    private bool TryBindDictionary(YamlNode node, Type valueType, string path, out object? value)
    {
        value = null;
        if (node is not YamlMappingNode mapping)
        {
            errors.Add(node.Start, $"{Label(path)}: expected a mapping of names to values, found {Describe(node)}");
            return false;
        }

        var dictionary = (IDictionary)Activator.CreateInstance(typeof(Dictionary<,>).MakeGenericType(typeof(string), valueType))!;
        var ok = true;
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value;
            if (string.IsNullOrEmpty(key))
            {
                errors.Add(keyNode.Start, $"{Label(path)}: expected a name as key, found {Describe(keyNode)}");
                ok = false;
            }
            else if (TryBind(valueNode, valueType, Join(path, key), out var item))
            {
                dictionary[key] = item;
            }
            else
            {
                ok = false;
            }
        }

        value = dictionary;
        return ok;
    }

    private bool TryBindScalar(YamlNode node, Type type, string path, out object? value)
    {
        value = null;
        if (node is not YamlScalarNode { Value: { } text } || IsNull(node))
        {
            errors.Add(node.Start, $"{Label(path)}: expected {ScalarDescription(type)}, found {Describe(node)}");
            return false;
        }

        value = ParseScalar(text, type);
        if (value is not null)
        {
            return true;
        }

        var message = type.IsEnum
            ? $"{Label(path)}: \"{text}\" is not allowed; expected one of {string.Join(", ", PlanNames.EnumValues(type))}{DidYouMean.Hint(text, PlanNames.EnumValues(type))}"
            : $"{Label(path)}: expected {ScalarDescription(type)}, found \"{text}\"";
        errors.Add(node.Start, message);
        return false;
    }

    private static object? ParseScalar(string text, Type type)
    {
        if (type == typeof(string))
        {
            return text;
        }

        if (type == typeof(int))
        {
            return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : null;
        }

        if (type == typeof(double))
        {
            return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number) ? number : null;
        }

        if (type == typeof(bool))
        {
            return text switch { "true" => true, "false" => false, _ => null };
        }

        if (type == typeof(VersionNumber))
        {
            return VersionNumber.TryParse(text, out var version) ? version : null;
        }

        var index = PlanNames.EnumValues(type).ToList().IndexOf(text);
        return index < 0 ? null : Enum.GetValues(type).GetValue(index);
    }

    private bool InRange(PlanProperty property, object? value, YamlNode node, string path)
    {
        if (property.Range is not { } range || value is null)
        {
            return true;
        }

        var number = Convert.ToDouble(value, CultureInfo.InvariantCulture);
        if (number >= range.Minimum && number <= range.Maximum)
        {
            return true;
        }

        errors.Add(node.Start, $"{Label(path)}: {number.ToString(CultureInfo.InvariantCulture)} is out of range; expected {range.Minimum.ToString(CultureInfo.InvariantCulture)} to {range.Maximum.ToString(CultureInfo.InvariantCulture)}");
        return false;
    }

    private static string ScalarDescription(Type type) =>
        type == typeof(string) ? "a string"
        : type == typeof(int) ? "an integer"
        : type == typeof(double) ? "a number"
        : type == typeof(bool) ? "true or false"
        : type == typeof(VersionNumber) ? "a major.minor version such as 1.1"
        : $"one of {string.Join(", ", PlanNames.EnumValues(type))}";

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: null or "" or "~" or "null" };

    private static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "a mapping",
        YamlSequenceNode => "a list",
        _ when IsNull(node) => "nothing",
        YamlScalarNode scalar => $"\"{scalar.Value}\"",
        _ => "an alias",
    };

    private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    private static string Label(string path) => path.Length == 0 ? "plan" : path;
}
