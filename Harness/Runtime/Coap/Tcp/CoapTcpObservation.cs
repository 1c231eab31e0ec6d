using System.Threading.Channels;
using Harness.Protocol.Coap;
using Harness.Protocol.Coap.Tcp;

namespace Harness.Runtime.Coap.Tcp;

/// <summary>
/// An observation over TCP. TCP delivers in order, so each notification is fresher than the one before
/// it; the Observe value is recorded but not used for ordering (RFC 8323 §7.1). A non-2.xx response,
/// or a 2.xx without Observe, ends the observation (RFC 7641 §3.2).
/// </summary>
public sealed class CoapTcpObservation
{
    private readonly CoapTcpConnection connection;
    private readonly Channel<CoapMessage> notifications = Channel.CreateUnbounded<CoapMessage>();
    private readonly TaskCompletionSource<CoapMessage> first = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock gate = new();
    private readonly List<CoapMessage> received = [];
    private TaskCompletionSource<CoapMessage>? cancellation;

    internal CoapTcpObservation(CoapTcpConnection connection, CoapMessage registration)
    {
        this.connection = connection;
        Registration = registration;
    }

    public CoapMessage Registration { get; }

    /// <summary>The response to the registration.</summary>
    public CoapMessage? FirstResponse => first.Task.IsCompletedSuccessfully ? first.Task.Result : null;

    /// <summary>True once the server accepted the registration (its first response carries Observe).</summary>
    public bool IsRegistered => FirstResponse is { Observe: not null } response && response.Code.IsSuccess;

    public bool HasEnded { get; private set; }

    /// <summary>Every response received for this token, the first included, newest last.</summary>
    public IReadOnlyList<CoapMessage> Received
    {
        get
        {
            lock (gate)
            {
                return [.. received];
            }
        }
    }

    /// <summary>The freshest representation: over TCP simply the last one received.</summary>
    public CoapMessage? Latest
    {
        get
        {
            lock (gate)
            {
                return received.Count == 0 ? null : received[^1];
            }
        }
    }

    /// <summary>The next notification after the first response, within the deadline.</summary>
    public async Task<CoapMessage> NextNotificationAsync(TimeSpan? deadline = null, CancellationToken cancel = default)
    {
        try
        {
            return await CoapTcpDeadline.WaitAsync(notifications.Reader.ReadAsync(cancel).AsTask(), deadline ?? connection.Settings.ResponseTimeout, connection.Time, $"notification for {CoapTcpMessageText.Describe(Registration)}", cancel).ConfigureAwait(false);
        }
        catch (ChannelClosedException)
        {
            throw new InvalidOperationException($"The observation of {Registration.UriPath} has ended; no further notifications");
        }
    }

    /// <summary>Deregisters with a GET carrying Observe 1 and the same token (RFC 7641 §3.6); returns the server's response.</summary>
    public async Task<CoapMessage> CancelAsync(TimeSpan? deadline = null, CancellationToken cancel = default)
    {
        var waiter = new TaskCompletionSource<CoapMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (gate)
        {
            cancellation = waiter;
        }

        var deregister = Registration.WithReplacedOption(CoapOption.FromUInt(OptionNumber.Observe, 1));
        await connection.SendAsync(deregister, cancel).ConfigureAwait(false);
        var response = await CoapTcpDeadline.WaitAsync(waiter.Task, deadline ?? connection.Settings.ResponseTimeout, connection.Time, $"response to deregistration {CoapTcpMessageText.Describe(deregister)}", cancel).ConfigureAwait(false);
        End(null);
        return response;
    }

    internal Task WaitForFirstAsync(TimeSpan deadline, CancellationToken cancel) =>
        CoapTcpDeadline.WaitAsync(first.Task, deadline, connection.Time, $"response to {CoapTcpMessageText.Describe(Registration)}", cancel);

    internal void Deliver(CoapMessage response)
    {
        TaskCompletionSource<CoapMessage>? cancelling;
        lock (gate)
        {
            received.Add(response);
            cancelling = cancellation;
        }

        if (cancelling is not null && response.Observe is null)
        {
            cancelling.TrySetResult(response);
            return;
        }

        if (!first.TrySetResult(response))
        {
            notifications.Writer.TryWrite(response);
        }

        if (!response.Code.IsSuccess || response.Observe is null)
        {
            End(null);
        }
    }

    internal void End(CoapTcpClosure? closure)
    {
        HasEnded = true;
        notifications.Writer.TryComplete();
        connection.Forget(this);
        if (closure is not null)
        {
            var ended = new CoapTcpClosedException("observing", closure);
            first.TrySetException(ended);
            cancellation?.TrySetException(ended);
        }
    }
}
