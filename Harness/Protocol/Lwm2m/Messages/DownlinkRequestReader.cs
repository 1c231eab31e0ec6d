using System.Text;
using Harness.Protocol.Coap;

namespace Harness.Protocol.Lwm2m.Messages;

/// <summary>
/// Reads a request a server sends to a client into its operation, by method, Observe, Accept and path
/// depth (OMA TS Core §6.3, §6.4): what a client under test, or one built in a test, must tell apart.
/// </summary>
public static class DownlinkRequestReader
{
    public static Lwm2mParseResult<ILwm2mRequest> Read(CoapMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var errors = new List<Lwm2mMessageError>();
        var request = Classify(message, errors);
        return errors.Count > 0 || request is null
            ? Lwm2mParseResult<ILwm2mRequest>.Failure("device management request", errors.Count > 0 ? errors : [new("code", $"{message.Code.Describe()} is no LwM2M operation", Lwm2mClauses.DeviceManagement)])
            : Lwm2mParseResult<ILwm2mRequest>.Success(request.Operation, request);
    }

    private static ILwm2mRequest? Classify(CoapMessage message, List<Lwm2mMessageError> errors)
    {
        const string Clause = Lwm2mClauses.DeviceManagement;
        if (message.Code == CoapCode.Fetch || message.Code == CoapCode.IPatch)
        {
            int format = RequestBuilder.ReadContentFormat(message, Clause, errors);
            return message.Code == CoapCode.IPatch ? new WriteCompositeRequest(message.Payload.ToArray(), format)
                : message.Observe == 0 ? new ObserveCompositeRequest(message.Payload.ToArray(), format) { Accept = message.Accept }
                : new ReadCompositeRequest(message.Payload.ToArray(), format) { Accept = message.Accept };
        }

        var path = RequestBuilder.ReadPath(message, Clause, errors);
        if (errors.Count > 0)
        {
            return null;
        }

        if (message.Code == CoapCode.Get)
        {
            return message.Observe switch
            {
                0 => new ObserveRequest(path) { Accept = message.Accept },
                1 => new CancelObservationRequest(path, message.Token.ToArray()) { Accept = message.Accept },
                _ when message.Accept == ContentFormat.LinkFormat => new DiscoverRequest(path),
                _ => new ReadRequest(path) { Accept = message.Accept },
            };
        }

        if (message.Code == CoapCode.Delete)
        {
            return new DeleteRequest(path);
        }

        if (message.Code == CoapCode.Put)
        {
            if (message.Payload.IsEmpty && message.UriQuery.Count > 0)
            {
                var attributes = NotificationAttributes.Parse(message.UriQuery);
                errors.AddRange(attributes.Errors);
                return attributes.Value is { } a ? new WriteAttributesRequest(path, a) : null;
            }

            return WriteRequest.Replace(path, message.Payload.ToArray(), RequestBuilder.ReadContentFormat(message, Clause, errors));
        }

        return message.Code == CoapCode.Post ? ClassifyPost(message, path, errors) : null;
    }

    /// <summary>POST means Create on an object, partial Write on an instance, Execute on a resource.</summary>
    private static ILwm2mRequest? ClassifyPost(CoapMessage message, Lwm2mPath path, List<Lwm2mMessageError> errors)
    {
        const string Clause = Lwm2mClauses.DeviceManagement;
        if (path.IsResource)
        {
            var text = Encoding.UTF8.GetString(message.Payload.Span);
            var arguments = ExecuteArgument.ParseList(text, out var error);
            if (arguments is null)
            {
                errors.Add(new("payload", $"Execute arguments \"{text}\": {error}", Clause));
                return null;
            }

            return new ExecuteRequest(path) { Arguments = arguments };
        }

        if (path.IsObject)
        {
            return new CreateRequest(path, message.Payload.ToArray(), RequestBuilder.ReadContentFormat(message, Clause, errors));
        }

        if (path.IsObjectInstance)
        {
            return WriteRequest.PartialUpdate(path, message.Payload.ToArray(), RequestBuilder.ReadContentFormat(message, Clause, errors));
        }

        errors.Add(new("Uri-Path", $"POST to {path} is no LwM2M operation", Clause));
        return null;
    }
}
