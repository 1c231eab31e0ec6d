using System.Text;

namespace Harness.Runtime.Dut;

/// <summary>
/// Expands <c>{name}</c> placeholders from named values; <c>{{</c> and <c>}}</c> stand for literal braces.
/// A name that is not defined is a configuration error that names it and lists the defined ones.
/// </summary>
public static class PlaceholderTemplate
{
    /// <param name="template">The text with placeholders.</param>
    /// <param name="values">The defined placeholders and their text.</param>
    /// <param name="where">What the template is, for error messages ("command template", "stimulus 'update'").</param>
    public static string Expand(string template, IReadOnlyDictionary<string, string> values, string where)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(values);
        var text = new StringBuilder(template.Length);
        int i = 0;
        while (i < template.Length)
        {
            char c = template[i];
            if (c == '{' && i + 1 < template.Length && template[i + 1] == '{')
            {
                text.Append('{');
                i += 2;
            }
            else if (c == '}' && i + 1 < template.Length && template[i + 1] == '}')
            {
                text.Append('}');
                i += 2;
            }
            else if (c == '{')
            {
                int close = template.IndexOf('}', i + 1);
                if (close < 0)
                {
                    throw new DutConfigurationException($"{where} '{template}': '{{' at offset {i} is not closed; write '{{{{' for a literal brace");
                }

                string name = template[(i + 1)..close];
                if (!values.TryGetValue(name, out string? value))
                {
                    throw new DutConfigurationException($"{where} '{template}' uses unknown placeholder {{{name}}}; known placeholders: {Known(values)}");
                }

                text.Append(value);
                i = close + 1;
            }
            else if (c == '}')
            {
                throw new DutConfigurationException($"{where} '{template}': '}}' at offset {i} closes nothing; write '}}}}' for a literal brace");
            }
            else
            {
                text.Append(c);
                i++;
            }
        }

        return text.ToString();
    }

    /// <summary>The defined placeholder names, sorted and braced, for error messages.</summary>
    public static string Known(IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return values.Count == 0 ? "(none)" : string.Join(", ", values.Keys.Order(StringComparer.Ordinal).Select(k => "{" + k + "}"));
    }
}
