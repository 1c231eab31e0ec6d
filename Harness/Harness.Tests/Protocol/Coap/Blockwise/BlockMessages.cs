using Harness.Protocol.Coap;

namespace Harness.Tests.Protocol.Coap.Blockwise;

/// <summary>Builds the requests and responses of block-wise exchanges for the tests.</summary>
internal static class BlockMessages
{
    public static byte[] Representation(int length, int seed = 7)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    public static CoapMessage Get(BlockValue? block2 = null, bool sizeRequest = false)
    {
        var options = new List<CoapOption> { CoapOption.FromString(OptionNumber.UriPath, "status") };
        if (block2 is { } block)
        {
            options.Add(CoapOption.FromUInt(OptionNumber.Block2, block.ToUInt()));
        }

        if (sizeRequest)
        {
            options.Add(CoapOption.FromUInt(OptionNumber.Size2, 0));
        }

        return new CoapMessage(CoapMessageType.Confirmable, CoapCode.Get, 1, options: options);
    }

    public static CoapMessage Response(CoapCode code, IEnumerable<CoapOption> options, ReadOnlyMemory<byte> payload = default) =>
        new(CoapMessageType.Acknowledgement, code, 1, options: options, payload: payload);

    public static CoapMessage Content(BlockValue? block, ReadOnlyMemory<byte> payload, byte[]? etag = null)
    {
        var options = new List<CoapOption>();
        if (etag is not null)
        {
            options.Add(CoapOption.FromBytes(OptionNumber.ETag, etag));
        }

        if (block is { } b)
        {
            options.Add(CoapOption.FromUInt(OptionNumber.Block2, b.ToUInt()));
        }

        return Response(CoapCode.Content, options, payload);
    }

    public static CoapMessage Put(IEnumerable<CoapOption> options, ReadOnlyMemory<byte> payload) =>
        new(CoapMessageType.Confirmable, CoapCode.Put, 1, options: options, payload: payload);

    public static CoapMessage Put(BlockValue block, ReadOnlyMemory<byte> payload) =>
        Put([CoapOption.FromUInt(OptionNumber.Block1, block.ToUInt())], payload);
}
