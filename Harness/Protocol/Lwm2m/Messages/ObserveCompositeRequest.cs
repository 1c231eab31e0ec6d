using Harness.Protocol.Coap;

namespace Harness.Protocol.Lwm2m.Messages;

/// <summary>Observe-Composite: FETCH / with Observe 0 and the list of paths as payload.</summary>
public sealed record ObserveCompositeRequest(ReadOnlyMemory<byte> Payload, int ContentFormat) : ILwm2mRequest
{
    public string Operation => "Observe-Composite";

    public int? Accept { get; init; } = Coap.ContentFormat.SenmlJson;

    public static ObserveCompositeRequest Of(params IEnumerable<Lwm2mPath> paths) => new(CompositePathList.ToSenmlJson(paths), Coap.ContentFormat.SenmlJson);

    public CoapMessage ToCoapMessage() => RequestBuilder.Build(CoapCode.Fetch, [], payload: Payload, contentFormat: ContentFormat, accept: Accept, observe: 0);

    public override string ToString() => $"Observe-Composite ({Coap.ContentFormat.Describe(ContentFormat)}, {Payload.Length} B)";
}
