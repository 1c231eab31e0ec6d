using System.Text.Json;
using System.Text.Json.Serialization;

namespace Harness.Testing.Reporting.Allure;

/// <summary>The JSON shape Allure reads: camelCase names, lower-case statuses, absent values left out.</summary>
public static class AllureJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        WriteIndented = true,
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
}
