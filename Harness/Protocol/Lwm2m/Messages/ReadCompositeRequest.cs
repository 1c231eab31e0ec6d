using Harness.Protocol.Coap;

namespace Harness.Protocol.Lwm2m.Messages;

/// <summary>Read-Composite: FETCH / with the list of paths as payload.</summary>
public sealed record ReadCompositeRequest(ReadOnlyMemory<byte> Payload, int ContentFormat) : ILwm2mRequest
{
    public string Operation => "Read-Composite";

    public int? Accept { get; init; } = Coap.ContentFormat.SenmlJson;

    /// <summary>The paths as SenML JSON, answered in SenML JSON.</summary>
    public static ReadCompositeRequest Of(params IEnumerable<Lwm2mPath> paths) => new(CompositePathList.ToSenmlJson(paths), Coap.ContentFormat.SenmlJson);

    public CoapMessage ToCoapMessage() => RequestBuilder.Build(CoapCode.Fetch, [], payload: Payload, contentFormat: ContentFormat, accept: Accept);

    public override string ToString() => $"Read-Composite ({Coap.ContentFormat.Describe(ContentFormat)}, {Payload.Length} B)";
}
