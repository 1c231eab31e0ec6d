using System.Text;
using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Content;
using Harness.Protocol.Lwm2m.Messages;
using Harness.Runtime.Coap;

namespace Harness.Runtime.Peers.Client;

/// <summary>
/// The client side of the Device Management &amp; Service Enablement and Information Reporting interfaces
/// (OMA TS Core §6.3, §6.4) on a <see cref="CoapUdpEndpoint"/>: every request a server sends is read,
/// applied to a <see cref="ClientObjectStore"/> and answered with the code the TS gives. Payloads in any
/// format of <see cref="Lwm2mContentCodecs"/>; Block1 requests assembled and large answers sent in Block2.
/// </summary>
public sealed partial class DeviceManagementResponder
{
    private readonly CoapBlock2Responder blocks = new();
    private readonly CoapBlock1Receiver uploads;

    /// <summary>Serves every request reaching <paramref name="endpoint"/> (it becomes the endpoint's request handler).</summary>
    public DeviceManagementResponder(CoapUdpEndpoint endpoint, ClientObjectStore store, DeviceManagementOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(store);
        Endpoint = endpoint;
        Store = store;
        Options = options ?? new DeviceManagementOptions();
        uploads = new CoapBlock1Receiver(Options.MaxRequestBodySize);
        store.NodeChanged += OnNodeChanged;
        endpoint.RequestHandler = HandleAsync;
    }

    public CoapUdpEndpoint Endpoint { get; }

    public ClientObjectStore Store { get; }

    public DeviceManagementOptions Options { get; }

    /// <summary>Answers one request; the endpoint calls it, and an owner that routes requests itself may too.</summary>
    public async ValueTask<CoapMessage?> HandleAsync(CoapIncomingRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var message = request.Message;
        IReadOnlyList<CoapOption> block1Echo = [];
        if (message.Options.Contains(OptionNumber.Block1))
        {
            var upload = uploads.Accept(request);
            if (upload.InterimResponse is { } interim)
            {
                return interim;
            }

            message = message.WithoutOption(OptionNumber.Block1).WithoutOption(OptionNumber.Size1).WithPayload(upload.Body);
            block1Echo = upload.FinalOptions;
        }

        var response = await AnswerAsync(request, message, cancellationToken).ConfigureAwait(false);
        if (response.Code == CoapCode.Content && message.Observe is null)
        {
            response = blocks.Respond(message, response);
        }

        return block1Echo.Count == 0 ? response : response.WithAddedOptions(block1Echo);
    }

    private async ValueTask<CoapMessage> AnswerAsync(CoapIncomingRequest request, CoapMessage message, CancellationToken cancellationToken)
    {
        bool known = message.Code == CoapCode.Get || message.Code == CoapCode.Put || message.Code == CoapCode.Post
            || message.Code == CoapCode.Delete || message.Code == CoapCode.Fetch || message.Code == CoapCode.IPatch;
        if (!known)
        {
            return Lwm2mResponses.MethodNotAllowed($"{message.Code.Describe()} is no LwM2M operation");
        }

        if (!Lwm2mPath.TryFromUriPath(message.UriPathSegments, out var path, out var pathError))
        {
            return Lwm2mResponses.NotFound($"{message.UriPath}: {pathError.Message}");
        }

        if (message.Code == CoapCode.Post && path.Length is 0 or 4)
        {
            return Lwm2mResponses.MethodNotAllowed($"POST to {path} is no LwM2M operation");
        }

        if ((message.Code == CoapCode.Fetch || message.Code == CoapCode.IPatch) && !path.IsRoot)
        {
            return Lwm2mResponses.MethodNotAllowed($"{message.Code.Describe()} addresses the root in the composite operations");
        }

        var read = DownlinkRequestReader.Read(message);
        if (read.Value is not { } operation)
        {
            return Lwm2mResponses.BadRequest(string.Join("; ", read.Errors));
        }

        return operation switch
        {
            ReadRequest r => Read(r.Path, message.Accept),
            DiscoverRequest d => Discover(d.Path),
            WriteRequest w => Write(w.Path, w.Mode, w.Payload, w.ContentFormat),
            WriteAttributesRequest a => ToResponse(Store.WriteAttributes(a.Path, a.Attributes), Lwm2mResponses.Changed),
            ExecuteRequest => await ExecuteAsync(path, message.Payload, cancellationToken).ConfigureAwait(false),
            CreateRequest c => Create(c.Path, c.Payload, c.ContentFormat),
            DeleteRequest d => ToResponse(Store.Delete(d.Path), Lwm2mResponses.Deleted),
            ObserveRequest o => Observe(request, o.Path, message.Accept),
            CancelObservationRequest => CancelObservation(request, message.Accept),
            ReadCompositeRequest c => ReadComposite(c.Payload, c.ContentFormat, message.Accept),
            ObserveCompositeRequest c => ObserveComposite(request, c.Payload, c.ContentFormat, message.Accept),
            WriteCompositeRequest c => WriteComposite(c.Payload, c.ContentFormat),
            _ => Lwm2mResponses.MethodNotAllowed($"{operation.Operation} is not served by a client"),
        };
    }

    private async ValueTask<CoapMessage> ExecuteAsync(Lwm2mPath path, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        string? arguments = payload.IsEmpty ? null : Encoding.UTF8.GetString(payload.Span);
        var result = await Store.ExecuteAsync(path, arguments, cancellationToken).ConfigureAwait(false);
        return ToResponse(result, Lwm2mResponses.Changed);
    }

    /// <summary>The success answer, or the error code of the outcome with its diagnostic as payload.</summary>
    private static CoapMessage ToResponse(ClientOperationResult result, Func<CoapMessage> success) =>
        result.IsSuccess ? success() : Failure(result);

    /// <summary>The error code of a failed outcome with its diagnostic as payload.</summary>
    private static CoapMessage Failure(ClientOperationResult result) => result.Status switch
    {
        ClientOperationStatus.BadRequest => Lwm2mResponses.BadRequest(result.Diagnostic),
        ClientOperationStatus.Unauthorized => Lwm2mResponses.Unauthorized(result.Diagnostic),
        ClientOperationStatus.NotFound => Lwm2mResponses.NotFound(result.Diagnostic),
        ClientOperationStatus.MethodNotAllowed => Lwm2mResponses.MethodNotAllowed(result.Diagnostic),
        _ => Lwm2mResponses.InternalServerError(result.Diagnostic),
    };

    private static string FirstError(IReadOnlyList<CoapFormatError> errors) => errors.Count > 0 ? errors[0].ToString() : "no content";

    private Lwm2mCodecContext ContextFor(Lwm2mPath path) => new(path, Store.Model, Options.Lwm2mVersion);
}
