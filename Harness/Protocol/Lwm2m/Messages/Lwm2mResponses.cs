using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m.Content;

namespace Harness.Protocol.Lwm2m.Messages;

/// <summary>
/// LwM2M responses by name. Each is an ACK-typed message with code, options and payload; the endpoint
/// sets message id and token (piggybacked or separate). Error factories take an optional diagnostic text.
/// </summary>
public static class Lwm2mResponses
{
    /// <summary>2.01 with one Location-Path option per segment ("rd/5a3f" or "/rd/5a3f").</summary>
    public static CoapMessage Created(string locationPath)
    {
        ArgumentNullException.ThrowIfNull(locationPath);
        return Created(locationPath.Split('/', StringSplitOptions.RemoveEmptyEntries));
    }

    public static CoapMessage Created(IEnumerable<string> location) =>
        Of(CoapCode.Created).WithAddedOptions(location.Select(s => CoapOption.FromString(OptionNumber.LocationPath, s)));

    public static CoapMessage Deleted() => Of(CoapCode.Deleted);

    public static CoapMessage Valid() => Of(CoapCode.Valid);

    public static CoapMessage Changed() => Of(CoapCode.Changed);

    public static CoapMessage Content(ReadOnlyMemory<byte> payload, int contentFormat) =>
        Of(CoapCode.Content).WithAddedOptions(CoapOption.FromUInt(OptionNumber.ContentFormat, (uint)contentFormat)).WithPayload(payload);

    public static CoapMessage Content(Lwm2mContent content, ILwm2mContentCodec codec, Lwm2mCodecContext context)
    {
        ArgumentNullException.ThrowIfNull(codec);
        return Content(codec.Encode(content, context), codec.ContentFormat);
    }

    public static CoapMessage Continue() => Of(CoapCode.Continue);

    public static CoapMessage BadRequest(string? diagnostic = null) => Of(CoapCode.BadRequest, diagnostic);

    public static CoapMessage Unauthorized(string? diagnostic = null) => Of(CoapCode.Unauthorized, diagnostic);

    public static CoapMessage BadOption(string? diagnostic = null) => Of(CoapCode.BadOption, diagnostic);

    public static CoapMessage Forbidden(string? diagnostic = null) => Of(CoapCode.Forbidden, diagnostic);

    public static CoapMessage NotFound(string? diagnostic = null) => Of(CoapCode.NotFound, diagnostic);

    public static CoapMessage MethodNotAllowed(string? diagnostic = null) => Of(CoapCode.MethodNotAllowed, diagnostic);

    public static CoapMessage NotAcceptable(string? diagnostic = null) => Of(CoapCode.NotAcceptable, diagnostic);

    public static CoapMessage RequestEntityIncomplete(string? diagnostic = null) => Of(CoapCode.RequestEntityIncomplete, diagnostic);

    public static CoapMessage PreconditionFailed(string? diagnostic = null) => Of(CoapCode.PreconditionFailed, diagnostic);

    public static CoapMessage RequestEntityTooLarge(string? diagnostic = null) => Of(CoapCode.RequestEntityTooLarge, diagnostic);

    public static CoapMessage UnsupportedContentFormat(string? diagnostic = null) => Of(CoapCode.UnsupportedContentFormat, diagnostic);

    public static CoapMessage InternalServerError(string? diagnostic = null) => Of(CoapCode.InternalServerError, diagnostic);

    public static CoapMessage ServiceUnavailable(string? diagnostic = null) => Of(CoapCode.ServiceUnavailable, diagnostic);

    private static CoapMessage Of(CoapCode code, string? diagnostic = null)
    {
        var message = new CoapMessage(CoapMessageType.Acknowledgement, code);
        return diagnostic is null ? message : message.WithPayload(diagnostic);
    }
}
