using Harness.Protocol.Coap;
using Harness.Runtime.Coap.Tcp;

namespace Harness.Tests.Runtime.Coap.Tcp;

public class CoapTcpBlockwiseTests
{
    private static readonly TimeSpan Deadline = TcpTestPeer.Deadline;

    private static readonly byte[] Representation = Enumerable.Range(0, 200_000).Select(i => (byte)(i * 7 % 251)).ToArray();

    [Test]
    public async Task Block2_download_in_fixed_blocks_reassembles_the_representation()
    {
        var server = new CoapTcpBlockwiseServer(Serve(Representation.AsMemory(0, 5000)));
        await using var listener = TcpTestPeer.Listen(server);
        await using var client = await CoapTcpClient.ConnectAsync(listener.LocalEndPoint, TcpTestPeer.Settings);

        var transfer = await client.DownloadAsync(TcpTestPeer.Get("big"), blockSize: 256, deadline: Deadline);

        Assert.That(transfer.Succeeded, Is.True, transfer.ToString());
        Assert.That(transfer.Body.ToArray(), Is.EqualTo(Representation[..5000]));
        Assert.That(transfer.Responses, Has.Count.EqualTo(20));
        Assert.That(transfer.Responses.Select(r => r.Block2!.Value.Size), Has.All.EqualTo(256));
    }

    [Test]
    public async Task Block2_download_uses_BERT_when_both_sides_signalled_it()
    {
        var server = new CoapTcpBlockwiseServer(Serve(Representation));
        await using var listener = TcpTestPeer.Listen(server);
        await using var client = await CoapTcpClient.ConnectAsync(listener.LocalEndPoint, TcpTestPeer.Settings);

        var transfer = await client.DownloadAsync(TcpTestPeer.Get("big"), deadline: Deadline);

        Assert.That(client.CanUseBert, Is.True);
        Assert.That(transfer.Succeeded, Is.True, transfer.ToString());
        Assert.That(transfer.Body.ToArray(), Is.EqualTo(Representation));
        Assert.That(transfer.Responses.Select(r => r.Block2!.Value.IsBert), Has.All.True);
        Assert.That(transfer.Responses[0].Payload.Length, Is.EqualTo(64 * 1024));
        Assert.That(transfer.Responses, Has.Count.EqualTo(4));
    }

    [Test]
    public async Task A_response_too_big_for_the_clients_max_message_size_goes_block_wise_without_BERT()
    {
        var server = new CoapTcpBlockwiseServer(Serve(Representation.AsMemory(0, 3000)));
        await using var listener = TcpTestPeer.Listen(server);
        await using var client = await CoapTcpClient.ConnectAsync(listener.LocalEndPoint, TcpTestPeer.Settings with { MaxMessageSize = 1152 });

        var transfer = await client.DownloadAsync(TcpTestPeer.Get("big"), deadline: Deadline);

        Assert.That(client.CanUseBert, Is.False);
        Assert.That(transfer.Body.ToArray(), Is.EqualTo(Representation[..3000]));
        Assert.That(transfer.Responses.Select(r => r.Block2!.Value.ToString()), Is.EqualTo(new[] { "0/1/1024", "1/1/1024", "2/0/1024" }));
    }

    [Test]
    public async Task Block1_upload_is_assembled_by_the_server_with_continue_responses()
    {
        var server = new CoapTcpBlockwiseServer(Changed);
        await using var listener = TcpTestPeer.Listen(server);
        await using var client = await CoapTcpClient.ConnectAsync(listener.LocalEndPoint, TcpTestPeer.Settings);

        var transfer = await client.UploadAsync(Put("upload"), Representation.AsMemory(0, 3000), blockSize: 512, deadline: Deadline);

        Assert.That(transfer.Succeeded, Is.True, transfer.ToString());
        Assert.That(transfer.Responses.Select(r => r.Code), Is.EqualTo(Enumerable.Repeat(CoapCode.Continue, 5).Append(CoapCode.Changed)));
        Assert.That(transfer.FinalResponse!.Block1!.Value.ToString(), Is.EqualTo("5/0/512"));
        Assert.That(server.Assembled.Single().Body, Is.EqualTo(Representation[..3000]));
        Assert.That(server.Assembled.Single().Path, Is.EqualTo("/upload"));
    }

    [Test]
    public async Task Block1_upload_uses_BERT_blocks_when_both_sides_signalled_it()
    {
        var server = new CoapTcpBlockwiseServer(Changed);
        await using var listener = TcpTestPeer.Listen(server);
        await using var client = await CoapTcpClient.ConnectAsync(listener.LocalEndPoint, TcpTestPeer.Settings);

        var transfer = await client.UploadAsync(Put("firmware"), Representation, deadline: Deadline);

        var sentBlocks = client.Events.Where(e => e.Kind == CoapTcpEventKind.Sent && e.Message?.Block1 is not null).Select(e => e.Message!.Block1!.Value).ToList();
        Assert.That(transfer.Succeeded, Is.True, transfer.ToString());
        Assert.That(sentBlocks.Select(b => b.IsBert), Has.All.True);
        Assert.That(sentBlocks.Select(b => b.Number), Is.EqualTo(new uint[] { 0, 64, 128, 192 }));
        Assert.That(server.Assembled.Single().Body, Is.EqualTo(Representation));
    }

    private static CoapTcpRequestHandler Serve(ReadOnlyMemory<byte> representation) =>
        (request, _, _) => Task.FromResult<CoapMessage?>(new CoapMessage(CoapMessageType.Confirmable, CoapCode.Content, payload: representation));

    private static Task<CoapMessage?> Changed(CoapMessage request, CoapTcpConnection connection, CancellationToken cancellation) =>
        Task.FromResult<CoapMessage?>(new CoapMessage(CoapMessageType.Confirmable, CoapCode.Changed));

    private static CoapMessage Put(string path) =>
        new(CoapMessageType.Confirmable, CoapCode.Put, 0, default, [CoapOption.FromString(OptionNumber.UriPath, path)]);
}
