using System.Text.Json.Serialization;
using Harness.Protocol.Coap;

namespace Harness.Tests.Protocol.Coap.Vectors;

/// <summary>An option by number with its value given as a string, a uint or hex bytes (exactly one).</summary>
public sealed record CoapVectorOption(
    int Number,
    [property: JsonPropertyName("string")] string? Text,
    [property: JsonPropertyName("uint")] uint? UInt,
    string? Hex)
{
    public CoapOption ToOption() =>
        Text is not null ? CoapOption.FromString(Number, Text)
        : UInt is not null ? CoapOption.FromUInt(Number, UInt.Value)
        : CoapOption.FromBytes(Number, Convert.FromHexString(Hex ?? string.Empty));
}
