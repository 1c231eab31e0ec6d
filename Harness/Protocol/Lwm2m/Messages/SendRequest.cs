using Harness.Protocol.Coap;

namespace Harness.Protocol.Lwm2m.Messages;

/// <summary>Send (1.1+): the client POSTs values to /dp in SenML or LwM2M CBOR, unprompted.</summary>
public sealed record SendRequest(ReadOnlyMemory<byte> Payload, int ContentFormat) : ILwm2mRequest
{
    public const string DataPushPath = "dp";

    private static readonly int[] Formats = [Coap.ContentFormat.SenmlJson, Coap.ContentFormat.SenmlCbor, Coap.ContentFormat.LwM2mCbor];

    public string Operation => "Send";

    public CoapMessage ToCoapMessage() => RequestBuilder.Build(CoapCode.Post, [DataPushPath], payload: Payload, contentFormat: ContentFormat);

    public static Lwm2mParseResult<SendRequest> Parse(CoapMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var errors = new List<Lwm2mMessageError>();
        RequestBuilder.CheckMethodAndPath(message, CoapCode.Post, [DataPushPath], Lwm2mClauses.Send, errors);
        if (message.Payload.IsEmpty)
        {
            errors.Add(new("payload", "a Send carries values; the payload is empty", Lwm2mClauses.Send));
        }

        int format = RequestBuilder.ReadContentFormat(message, Lwm2mClauses.Send, errors);
        if (format >= 0 && !Formats.Contains(format))
        {
            errors.Add(new("Content-Format", $"{Coap.ContentFormat.Describe(format)} cannot carry a Send; expected SenML JSON, SenML CBOR or LwM2M CBOR", Lwm2mClauses.Send));
        }

        return errors.Count > 0
            ? Lwm2mParseResult<SendRequest>.Failure("Send", errors)
            : Lwm2mParseResult<SendRequest>.Success("Send", new SendRequest(message.Payload.ToArray(), format));
    }

    public override string ToString() => $"Send ({Coap.ContentFormat.Describe(ContentFormat)}, {Payload.Length} B)";
}
