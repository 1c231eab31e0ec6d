using Harness.Protocol.Coap;
using Harness.Runtime.Coap.Tcp;

namespace Harness.Tests.Runtime.Coap.Tcp;

public class CoapTcpObserveTests
{
    private static readonly TimeSpan Deadline = TcpTestPeer.Deadline;

    [Test]
    public async Task Notifications_arrive_in_order_with_the_token_and_cancel_deregisters()
    {
        var registration = new TaskCompletionSource<(CoapMessage Request, CoapTcpConnection Connection)>(TaskCreationOptions.RunContinuationsAsynchronously);
        var deregistered = new TaskCompletionSource<CoapMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var listener = TcpTestPeer.Listen((request, connection, _) =>
        {
            if (request.Observe == 0)
            {
                registration.TrySetResult((request, connection));
                return Task.FromResult<CoapMessage?>(TcpTestPeer.Content("v0").WithAddedOptions(CoapOption.FromUInt(OptionNumber.Observe, 100)));
            }

            deregistered.TrySetResult(request);
            return Task.FromResult<CoapMessage?>(TcpTestPeer.Content("final"));
        });
        await using var client = await CoapTcpClient.ConnectAsync(listener.LocalEndPoint, TcpTestPeer.Settings);

        var observation = await client.ObserveAsync(TcpTestPeer.Get("temp").WithAddedOptions(CoapOption.FromUInt(OptionNumber.Observe, 0)), Deadline);
        var (request, server) = await registration.Task.WaitAsync(Deadline);
        // Observe values go down on purpose: over TCP arrival order decides freshness, not the value (RFC 8323 §7.1).
        await server.NotifyAsync(request, TcpTestPeer.Content("v1"), 50);
        await server.NotifyAsync(request, TcpTestPeer.Content("v2"), 7);
        var first = await observation.NextNotificationAsync(Deadline);
        var second = await observation.NextNotificationAsync(Deadline);
        var final = await observation.CancelAsync(Deadline);
        var deregistration = await deregistered.Task.WaitAsync(Deadline);

        Assert.That(observation.IsRegistered, Is.True);
        Assert.That(first.Payload.ToArray(), Is.EqualTo("v1"u8.ToArray()));
        Assert.That(second.Payload.ToArray(), Is.EqualTo("v2"u8.ToArray()));
        Assert.That(observation.Latest, Is.SameAs(final));
        Assert.That(first.TokenHex, Is.EqualTo(observation.Registration.TokenHex));
        Assert.That(deregistration.Observe, Is.EqualTo(1));
        Assert.That(deregistration.TokenHex, Is.EqualTo(observation.Registration.TokenHex));
        Assert.That(final.Payload.ToArray(), Is.EqualTo("final"u8.ToArray()));
        Assert.That(observation.HasEnded, Is.True);
    }

    [Test]
    public async Task An_error_notification_ends_the_observation()
    {
        var registration = new TaskCompletionSource<(CoapMessage Request, CoapTcpConnection Connection)>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var listener = TcpTestPeer.Listen((request, connection, _) =>
        {
            registration.TrySetResult((request, connection));
            return Task.FromResult<CoapMessage?>(TcpTestPeer.Content("v0").WithAddedOptions(CoapOption.FromUInt(OptionNumber.Observe, 1)));
        });
        await using var client = await CoapTcpClient.ConnectAsync(listener.LocalEndPoint, TcpTestPeer.Settings);
        var observation = await client.ObserveAsync(TcpTestPeer.Get("gone").WithAddedOptions(CoapOption.FromUInt(OptionNumber.Observe, 0)), Deadline);
        var (request, server) = await registration.Task.WaitAsync(Deadline);

        await server.SendAsync(new CoapMessage(CoapMessageType.Confirmable, CoapCode.NotFound).WithToken(request.Token));
        var notFound = await observation.NextNotificationAsync(Deadline);

        Assert.That(notFound.Code, Is.EqualTo(CoapCode.NotFound));
        Assert.That(observation.HasEnded, Is.True);
        Assert.ThrowsAsync<InvalidOperationException>(() => observation.NextNotificationAsync(Deadline));
    }
}
