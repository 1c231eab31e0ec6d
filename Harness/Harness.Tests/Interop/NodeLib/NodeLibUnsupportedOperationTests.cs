using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Messages;
using Harness.Runtime.Coap;

namespace Harness.Tests.Interop.NodeLib;

/// <summary>
/// What the lwm2m-node-lib client does with operations it does not implement: each test asserts the
/// behaviour observed on the wire, which departs from LwM2M 1.0, so that a fix in a new release shows up.
/// </summary>
[Category("Interop")]
[NonParallelizable]
public class NodeLibUnsupportedOperationTests
{
    [Test]
    public async Task Deviation_a_TLV_Write_is_never_acknowledged()
    {
        var (client, _, _) = await NodeLibClient.StartRegisteredAsync();
        await using var running = client;
        byte[] lifetime45 = [0xC1, 0x01, 0x2D];

        // Same cause as the TLV Read: the Content-Format number has no name in its CoAP stack. LwM2M asks for 4.15.
        Assert.ThrowsAsync<CoapTimeoutException>(() => client.Server.SendWriteAsync(WriteRequest.Replace(Lwm2mPath.Parse("/1/0/1"), lifetime45, ContentFormat.LwM2mTlv)));

        Assert.That(client.Server.Traffic.Count(d => d.Direction == CoapDatagramDirection.Received && d.Message?.Type == CoapMessageType.Acknowledgement), Is.Zero);
        Assert.That(client.Evidence, Does.Not.Contain("write /1/0/1"), "the application never saw it");
    }

    [Test]
    public async Task Deviation_a_Delete_gets_an_empty_ACK_and_never_a_response()
    {
        var (client, _, _) = await NodeLibClient.StartRegisteredAsync();
        await using var running = client;

        // No route for DELETE: its CoAP server acknowledges the CON empty after its 500 ms piggyback wait and
        // the request is never answered. LwM2M asks for 2.02, or 4.05 when deleting is not allowed.
        // A separate response would come within MAX_TRANSMIT_WAIT of the request, so that long is the wait.
        using var window = new CancellationTokenSource(NodeLibClient.Transmission.MaxTransmitWait);
        Assert.CatchAsync<OperationCanceledException>(() => client.Server.SendDeleteAsync(Lwm2mPath.Parse("/1/0"), cancellationToken: window.Token));

        var fromClient = client.Server.Traffic.Where(d => d.Direction == CoapDatagramDirection.Received && d.Message is not null).Select(d => d.Message!).ToList();
        // One empty ACK per copy of the request that reached it before the first ACK came back.
        Assert.That(fromClient.Count(m => m.Type == CoapMessageType.Acknowledgement && m.Code == CoapCode.Empty), Is.GreaterThanOrEqualTo(1), "an empty ACK");
        Assert.That(fromClient.Count(m => m.IsResponse), Is.Zero, "no response, piggybacked or separate");
    }

    [Test]
    public async Task Deviation_a_Read_of_an_executable_resource_is_4_04_not_4_05()
    {
        var (client, _, _) = await NodeLibClient.StartRegisteredAsync();
        await using var running = client;

        var read = await client.Server.SendReadAsync(Lwm2mPath.Parse("/1/0/8"));

        // The library has no notion of operations per resource: nothing is stored at /1/0/8, so it is "not found".
        Assert.That(read.Code, Is.EqualTo(CoapCode.NotFound));
    }
}
