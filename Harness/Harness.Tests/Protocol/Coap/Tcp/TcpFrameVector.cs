using System.Text.Json;
using Harness.Protocol.Coap;
using Harness.Tests.Support;

namespace Harness.Tests.Protocol.Coap.Tcp;

/// <summary>One entry of Fixtures/Vectors/Coap/Tcp/frames.json.</summary>
public sealed record TcpFrameVector(string Name, string Provenance, byte[] Frame, JsonElement Entry)
{
    private static readonly Lazy<JsonDocument> Document = new(() =>
        JsonDocument.Parse(File.ReadAllText(RepositoryPaths.Fixture("Vectors", "Coap", "Tcp", "frames.json"))));

    public static IEnumerable<TcpFrameVector> Valid => Load("valid");

    public static IEnumerable<TcpFrameVector> Invalid => Load("invalid");

    public long MaxMessageSize => Entry.TryGetProperty("maxMessageSize", out var size) ? size.GetInt64() : long.MaxValue;

    public string Rule => Entry.GetProperty("rule").GetString()!;

    public int Offset => Entry.GetProperty("offset").GetInt32();

    public string LaxStatus => Entry.GetProperty("laxStatus").GetString()!;

    /// <summary>The message the entry's fields describe, built through the model (not the codec).</summary>
    public CoapMessage ExpectedMessage()
    {
        string[] code = Entry.GetProperty("code").GetString()!.Split('.');
        var options = Entry.GetProperty("options").EnumerateArray()
            .Select(o => new CoapOption(o.GetProperty("number").GetInt32(), Convert.FromHexString(o.GetProperty("value").GetString()!)));
        return new CoapMessage(
            CoapMessageType.Confirmable,
            CoapCode.Of(int.Parse(code[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(code[1], System.Globalization.CultureInfo.InvariantCulture)),
            0,
            Convert.FromHexString(Entry.GetProperty("token").GetString()!),
            options,
            Payload());
    }

    public override string ToString() => Name;

    private byte[] Payload()
    {
        if (Entry.TryGetProperty("payloadFill", out var fill))
        {
            return Enumerable.Repeat(Convert.FromHexString(fill.GetProperty("byte").GetString()!)[0], fill.GetProperty("count").GetInt32()).ToArray();
        }

        return Convert.FromHexString(Entry.GetProperty("payload").GetString()!);
    }

    private static IEnumerable<TcpFrameVector> Load(string section)
    {
        foreach (var entry in Document.Value.RootElement.GetProperty(section).EnumerateArray())
        {
            var frame = Convert.FromHexString(entry.GetProperty("frame").GetString()!);
            if (entry.TryGetProperty("payloadFill", out var fill))
            {
                byte value = Convert.FromHexString(fill.GetProperty("byte").GetString()!)[0];
                frame = [.. frame, .. Enumerable.Repeat(value, fill.GetProperty("count").GetInt32())];
            }

            yield return new TcpFrameVector(entry.GetProperty("name").GetString()!, entry.GetProperty("provenance").GetString()!, frame, entry.Clone());
        }
    }
}
