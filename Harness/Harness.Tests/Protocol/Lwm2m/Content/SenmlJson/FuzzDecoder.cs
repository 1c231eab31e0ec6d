using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m.Content;

namespace Harness.Tests.Protocol.Lwm2m.Content.SenmlJson;

/// <summary>
/// One decoder under robustness testing: how to decode bytes in a mode, how to render them, and how to
/// encode what lax decoding returned (null when that value need not survive a round trip).
/// </summary>
internal sealed record FuzzDecoder(
    string Name,
    Func<byte[], Lwm2mCodecContext, (object? Value, IReadOnlyList<CoapFormatError> Errors)> Decode,
    Func<byte[], string> Render,
    Func<object, Lwm2mCodecContext, byte[]?> Reencode);
