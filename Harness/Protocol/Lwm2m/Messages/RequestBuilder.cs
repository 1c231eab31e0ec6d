using Harness.Protocol.Coap;

namespace Harness.Protocol.Lwm2m.Messages;

/// <summary>Shared construction and checking of LwM2M requests: options in order, method and path checks.</summary>
internal static class RequestBuilder
{
    public static CoapMessage Build(CoapCode code, IEnumerable<string> path, IEnumerable<string>? query = null, ReadOnlyMemory<byte> payload = default, int? contentFormat = null, int? accept = null, uint? observe = null)
    {
        var options = new List<CoapOption>();
        if (observe is { } o)
        {
            options.Add(CoapOption.FromUInt(OptionNumber.Observe, o));
        }

        options.AddRange(path.Select(s => CoapOption.FromString(OptionNumber.UriPath, s)));
        if (contentFormat is { } cf)
        {
            options.Add(CoapOption.FromUInt(OptionNumber.ContentFormat, (uint)cf));
        }

        options.AddRange((query ?? []).Select(q => CoapOption.FromString(OptionNumber.UriQuery, q)));
        if (accept is { } a)
        {
            options.Add(CoapOption.FromUInt(OptionNumber.Accept, (uint)a));
        }

        return new CoapMessage(CoapMessageType.Confirmable, code, 0, ReadOnlyMemory<byte>.Empty, options, payload);
    }

    public static void CheckMethodAndPath(CoapMessage message, CoapCode code, IReadOnlyList<string>? path, string clause, List<Lwm2mMessageError> errors)
    {
        if (message.Code != code)
        {
            errors.Add(new("code", $"expected {code.Describe()}, got {message.Code.Describe()}", clause));
        }

        if (path is not null && !message.UriPathSegments.SequenceEqual(path, StringComparer.Ordinal))
        {
            errors.Add(new("Uri-Path", $"expected /{string.Join('/', path)}, got {message.UriPath}", clause));
        }
    }

    /// <summary>Reads a path-addressed request's target; errors for anything but an LwM2M path.</summary>
    public static Lwm2mPath ReadPath(CoapMessage message, string clause, List<Lwm2mMessageError> errors)
    {
        if (Lwm2mPath.TryFromUriPath(message.UriPathSegments, out var path, out var error))
        {
            return path;
        }

        errors.Add(new("Uri-Path", $"{message.UriPath} is not an LwM2M path: {error.Message}", clause));
        return Lwm2mPath.Root;
    }

    public static ObjectLinks? ReadObjectLinks(CoapMessage message, bool required, string clause, List<Lwm2mMessageError> errors)
    {
        if (message.ContentFormat is { } cf && cf != ContentFormat.LinkFormat)
        {
            errors.Add(new("Content-Format", $"expected {ContentFormat.Describe(ContentFormat.LinkFormat)}, got {ContentFormat.Describe(cf)}", clause));
        }

        if (message.Payload.IsEmpty)
        {
            if (required)
            {
                errors.Add(new("payload", "the Objects and Object Instances are missing", clause));
            }

            return null;
        }

        var parsed = ObjectLinks.Parse(message.Payload);
        errors.AddRange(parsed.Errors);
        return parsed.Value;
    }

    /// <summary>A Content-Format that must be present on a request with a payload.</summary>
    public static int ReadContentFormat(CoapMessage message, string clause, List<Lwm2mMessageError> errors)
    {
        if (message.ContentFormat is { } cf)
        {
            return cf;
        }

        errors.Add(new("Content-Format", "missing on a request with a payload", clause));
        return -1;
    }
}
