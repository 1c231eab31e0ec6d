using Harness.Protocol.Lwm2m.Content;

namespace Harness.Tests.Protocol.Lwm2m.Content.SenmlJson;

/// <summary>A payload to mutate, with the request path and model it was written for.</summary>
internal sealed record FuzzSeed(byte[] Bytes, Lwm2mCodecContext Context);
