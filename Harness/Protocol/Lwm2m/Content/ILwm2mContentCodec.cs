namespace Harness.Protocol.Lwm2m.Content;

/// <summary>
/// A content format of LwM2M payloads (OMA TS Core §7.4), two-tiered inside: bytes to records
/// (TLV records, SenML records, CBOR items), then records to nodes using the object model.
/// </summary>
public interface ILwm2mContentCodec
{
    /// <summary>The registered Content-Format number (e.g. 11542 for TLV).</summary>
    int ContentFormat { get; }

    /// <summary>Short name for reports, e.g. "TLV", "SenML CBOR".</summary>
    string Name { get; }

    /// <summary>Decodes; never throws for any input bytes.</summary>
    Lwm2mDecodeResult Decode(ReadOnlyMemory<byte> payload, Lwm2mCodecContext context);

    /// <summary>Encodes content whose entries lie at or below <see cref="Lwm2mCodecContext.RequestPath"/>.</summary>
    byte[] Encode(Lwm2mContent content, Lwm2mCodecContext context);

    /// <summary>Diagnostic rendering of the syntax tier (TLV tree, SenML records, CBOR diagnostic notation); never throws.</summary>
    string Render(ReadOnlyMemory<byte> payload);
}
