using Harness.Protocol.Coap;
using Harness.Protocol.Links;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Content;
using Harness.Protocol.Lwm2m.Messages;
using Harness.Protocol.Lwm2m.Model;
using Harness.Protocol.Lwm2m.Nodes;
using Harness.Protocol.Lwm2m.Values;

namespace Harness.Runtime.Peers.Client;

/// <summary>Read, Discover, Write and Create: content formats chosen, payloads decoded and encoded.</summary>
public sealed partial class DeviceManagementResponder
{
    /// <summary>The Device object instance the incomplete-device-instance fault truncates.</summary>
    private static readonly Lwm2mPath IncompleteInstance = new(3, 0);

    /// <summary>Device object resource 16, Supported Binding and Modes.</summary>
    private const int SupportedBindingResource = 16;

    private CoapMessage Read(Lwm2mPath path, int? accept)
    {
        var result = Store.Read(path);
        return result.IsSuccess ? Encode(WithFaults(result.Content!, path), path, accept) : Failure(result);
    }

    /// <summary>The content as read, or, with the incomplete-device-instance fault, /3/0 without resource 16 (Supported Binding and Modes).</summary>
    private Lwm2mContent WithFaults(Lwm2mContent content, Lwm2mPath path)
    {
        if (!Options.Faults.HasFlag(DeviceManagementFaults.IncompleteDeviceInstance) || path != IncompleteInstance)
        {
            return content;
        }

        return new Lwm2mContent(content.Entries.Select(entry => entry.Node is Lwm2mObjectInstance instance
            ? entry with { Node = new Lwm2mObjectInstance(instance.Id, instance.Resources.Where(r => r.Id != SupportedBindingResource)) }
            : entry));
    }

    /// <summary>
    /// 2.05 with <paramref name="content"/> in the Accept format, or the default one for the level
    /// (<see cref="DefaultContentFormat"/>); 4.06 when no codec has the format or it cannot carry this content.
    /// </summary>
    private CoapMessage Encode(Lwm2mContent content, Lwm2mPath path, int? accept)
    {
        bool faulty = Options.Faults.HasFlag(DeviceManagementFaults.WrongReadContentFormat);
        int format = faulty ? ContentFormat.LwM2mTlv : accept ?? DefaultContentFormat(path, content, Options.Lwm2mVersion);
        if (!Lwm2mContentCodecs.TryGet(format, out var codec))
        {
            return Lwm2mResponses.NotAcceptable($"{ContentFormat.Describe(format)} is not supported");
        }

        try
        {
            return Lwm2mResponses.Content(codec.Encode(content, ContextFor(path)), format);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or NotSupportedException)
        {
            return Lwm2mResponses.NotAcceptable($"{codec.Name} cannot carry {path}: {e.Message}");
        }
    }

    /// <summary>
    /// Without Accept (OMA TS Core §6.3.1, §7.4): a single value as text/plain (Opaque as application/octet-stream);
    /// several values as TLV up to LwM2M 1.1 and SenML CBOR from 1.2.
    /// </summary>
    public static int DefaultContentFormat(Lwm2mPath path, Lwm2mContent content, VersionNumber lwm2mVersion)
    {
        ArgumentNullException.ThrowIfNull(content);
        var single = content.Entries.Length == 1 ? content.Entries[0].Node : null;
        var value = single switch
        {
            Lwm2mSingleResource resource => resource.Value,
            Lwm2mResourceInstance instance => instance.Value,
            _ => null,
        };
        if (value is not null && path.Length >= 3)
        {
            return value is OpaqueValue ? ContentFormat.OctetStream : ContentFormat.TextPlain;
        }

        return lwm2mVersion >= Lwm2mVersions.V12 ? ContentFormat.SenmlCbor : ContentFormat.LwM2mTlv;
    }

    private CoapMessage Discover(Lwm2mPath path)
    {
        var result = Store.Discover(path);
        return ToResponse(result, () => Lwm2mResponses.Content(LinkFormatWriter.WriteUtf8(result.Links!), ContentFormat.LinkFormat));
    }

    private CoapMessage Write(Lwm2mPath path, WriteMode mode, ReadOnlyMemory<byte> payload, int contentFormat)
    {
        if (Decode(payload, contentFormat, path, out var content) is { } refused)
        {
            return refused;
        }

        return ToResponse(Store.Write(path, mode, content!), Lwm2mResponses.Changed);
    }

    /// <summary>
    /// Create (§6.3.6): the payload names the new instance (/O/I) or, in TLV without an instance record,
    /// holds only its resources and the client picks the id. 2.01 with Location-Path /O/I.
    /// </summary>
    private CoapMessage Create(Lwm2mPath path, ReadOnlyMemory<byte> payload, int contentFormat)
    {
        if (!Lwm2mContentCodecs.TryGet(contentFormat, out var codec))
        {
            return Lwm2mResponses.UnsupportedContentFormat($"{ContentFormat.Describe(contentFormat)} is not supported");
        }

        ClientOperationResult result;
        var named = codec.Decode(payload, ContextFor(path));
        if (SingleInstance(named) is { } instance)
        {
            result = Store.Create(path, instance.Id, instance.Resources);
        }
        else if (Store.DefinitionOf(path.ObjectId ?? 0) is not null && SingleInstance(codec.Decode(payload, ContextFor(path.Child(Lwm2mId.Max)))) is { } unnamed)
        {
            result = Store.Create(path, null, unnamed.Resources);
        }
        else
        {
            return Lwm2mResponses.BadRequest($"Create payload: {(named.IsValid ? "it holds no single object instance" : FirstError(named.Errors))}");
        }

        return ToResponse(result, () => Lwm2mResponses.Created(result.Location!.Value.ToUriPath()));
    }

    /// <summary>4.15 for a format no codec has, 4.00 for a payload that does not decode; null when <paramref name="content"/> is set.</summary>
    private CoapMessage? Decode(ReadOnlyMemory<byte> payload, int contentFormat, Lwm2mPath path, out Lwm2mContent? content)
    {
        content = null;
        if (!Lwm2mContentCodecs.TryGet(contentFormat, out var codec))
        {
            return Lwm2mResponses.UnsupportedContentFormat($"{ContentFormat.Describe(contentFormat)} is not supported");
        }

        var decoded = codec.Decode(payload, ContextFor(path));
        if (!decoded.IsValid)
        {
            return Lwm2mResponses.BadRequest($"{codec.Name} payload: {FirstError(decoded.Errors)}");
        }

        content = decoded.Content;
        return null;
    }

    private static Lwm2mObjectInstance? SingleInstance(Lwm2mDecodeResult decoded) => decoded.IsValid
        ? decoded.Content!.Entries switch
        {
            [{ Node: Lwm2mObject { Instances: [var instance] } }] => instance,
            [{ Node: Lwm2mObjectInstance instance }] => instance,
            _ => null,
        }
        : null;
}
