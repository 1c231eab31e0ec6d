using System.Text;
using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Content;

namespace Harness.Tests.Protocol.Lwm2m.Content.SenmlJson;

/// <summary>Encode, then decode strictly and laxly: both must give the content back with no finding at all.</summary>
internal static class ContentRoundTrip
{
    /// <summary>Null when the round trip holds, else what went wrong (with the bytes).</summary>
    public static string? Check(ILwm2mContentCodec codec, Lwm2mContent content, Lwm2mPath request)
    {
        var context = Lwm2mCodecContext.For(request, Lwm2mVersions.V12);
        byte[] bytes = codec.Encode(content, context);
        var strict = codec.Decode(bytes, context);
        var lax = codec.Decode(bytes, context with { Mode = CoapDecodeMode.Lax });
        string shown = Encoding.UTF8.GetString(bytes);
        if (strict.Errors.Count > 0 || !Equals(strict.Content, content))
        {
            return $"strict decoding of {shown} gave {strict.Content} ({string.Join("; ", strict.Errors)}) instead of {content}";
        }

        return lax.Errors.Count > 0 || !Equals(lax.Content, content)
            ? $"lax decoding of {shown} gave {lax.Content} ({string.Join("; ", lax.Errors)})"
            : null;
    }
}
