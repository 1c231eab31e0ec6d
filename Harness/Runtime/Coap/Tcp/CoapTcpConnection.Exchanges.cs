using System.Collections.Concurrent;
using System.Security.Cryptography;
using Harness.Protocol.Coap;
using Harness.Protocol.Coap.Tcp;

namespace Harness.Runtime.Coap.Tcp;

/// <summary>Request/response, Ping/Pong, Observe, Release and Abort as seen from the harness.</summary>
public sealed partial class CoapTcpConnection
{
    /// <summary>
    /// Sends a request and waits for the response with the same token (RFC 8323 §3.3). A request without
    /// a token gets a fresh 4-byte one.
    /// </summary>
    public async Task<CoapMessage> RequestAsync(CoapMessage request, TimeSpan? deadline = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.IsRequest)
        {
            throw new ArgumentException($"{request.Code.Describe()} is not a request code", nameof(request));
        }

        request = request.Token.IsEmpty ? request.WithToken(NewToken()) : request;
        var waiter = Register(pendingResponses, request.TokenHex);
        try
        {
            await SendAsync(request, cancellation).ConfigureAwait(false);
            return await CoapTcpDeadline.WaitAsync(waiter.Task, deadline ?? Settings.ResponseTimeout, Time, $"response to {CoapTcpMessageText.Describe(request)}", cancellation).ConfigureAwait(false);
        }
        finally
        {
            pendingResponses.TryRemove(request.TokenHex, out _);
        }
    }

    /// <summary>Sends a Ping and waits for the Pong with its token (RFC 8323 §5.4).</summary>
    public async Task<CoapMessage> PingAsync(bool custody = false, TimeSpan? deadline = null, CancellationToken cancellation = default)
    {
        var ping = CoapSignals.Ping(NewToken(), custody);
        var waiter = Register(pendingPongs, ping.TokenHex);
        try
        {
            await SendAsync(ping, cancellation).ConfigureAwait(false);
            return await CoapTcpDeadline.WaitAsync(waiter.Task, deadline ?? Settings.ResponseTimeout, Time, $"Pong to {CoapTcpMessageText.Describe(ping)} (RFC 8323 §5.4)", cancellation).ConfigureAwait(false);
        }
        finally
        {
            pendingPongs.TryRemove(ping.TokenHex, out _);
        }
    }

    /// <summary>
    /// Registers an observation (RFC 7641 over RFC 8323 §7) and waits for the first response. The request
    /// must carry Observe 0; notifications then arrive as responses with the same token.
    /// </summary>
    public async Task<CoapTcpObservation> ObserveAsync(CoapMessage request, TimeSpan? deadline = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Observe != 0)
        {
            throw new ArgumentException("An observe registration carries Observe 0 (RFC 7641 §2)", nameof(request));
        }

        request = request.Token.IsEmpty ? request.WithToken(NewToken()) : request;
        var observation = new CoapTcpObservation(this, request);
        if (!observations.TryAdd(request.TokenHex, observation))
        {
            throw new InvalidOperationException($"Token {request.TokenHex} is already observing");
        }

        try
        {
            await SendAsync(request, cancellation).ConfigureAwait(false);
            await observation.WaitForFirstAsync(deadline ?? Settings.ResponseTimeout, cancellation).ConfigureAwait(false);
            return observation;
        }
        catch
        {
            observations.TryRemove(request.TokenHex, out _);
            throw;
        }
    }

    /// <summary>Sends Release and closes our side (RFC 8323 §5.5); the closure records it.</summary>
    public async Task<CoapTcpClosure> ReleaseAsync(ReleaseSignal? signal = null, CancellationToken cancellation = default)
    {
        var message = (signal ?? new ReleaseSignal()).ToMessage();
        var closure = new CoapTcpClosure(CoapTcpCloseCause.LocalRelease, ReleaseSignal.Read(message).ToString(), message);
        Interlocked.CompareExchange(ref intended, closure, null);
        await WriteAsync(CoapTcpCodec.Encode(message), message, cancellation).ConfigureAwait(false);
        return Close(closure, linger: true);
    }

    /// <summary>Sends Abort and closes at once (RFC 8323 §5.6); the closure records it.</summary>
    public Task<CoapTcpClosure> AbortAsync(AbortSignal? signal = null) => AbortCoreAsync(signal ?? new AbortSignal(null, "aborted by the harness"));

    /// <summary>Sends a notification for <paramref name="registration"/>: same token, Observe set to <paramref name="sequence"/>.</summary>
    public Task NotifyAsync(CoapMessage registration, CoapMessage notification, uint sequence, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(registration);
        ArgumentNullException.ThrowIfNull(notification);
        var message = notification.WithToken(registration.Token).WithReplacedOption(CoapOption.FromUInt(OptionNumber.Observe, sequence & 0xFFFFFF));
        return SendAsync(message, cancellation);
    }

    internal void Forget(CoapTcpObservation observation) => observations.TryRemove(observation.Registration.TokenHex, out _);

    private async Task<CoapTcpClosure> AbortCoreAsync(AbortSignal signal)
    {
        var message = signal.ToMessage();
        var closure = new CoapTcpClosure(CoapTcpCloseCause.LocalAbort, signal.Diagnostic ?? "aborted", message);
        Interlocked.CompareExchange(ref intended, closure, null);
        try
        {
            await WriteAsync(CoapTcpCodec.Encode(message), message, CancellationToken.None).ConfigureAwait(false);
        }
        catch (CoapTcpClosedException)
        {
            // The peer is already gone; the closure below still records why we wanted out.
        }

        return Close(closure, linger: true);
    }

    private byte[] NewToken()
    {
        while (true)
        {
            var token = RandomNumberGenerator.GetBytes(4);
            string hex = Convert.ToHexStringLower(token);
            if (!pendingResponses.ContainsKey(hex) && !pendingPongs.ContainsKey(hex) && !observations.ContainsKey(hex))
            {
                return token;
            }
        }
    }

    private static TaskCompletionSource<CoapMessage> Register(ConcurrentDictionary<string, TaskCompletionSource<CoapMessage>> pending, string token)
    {
        var waiter = new TaskCompletionSource<CoapMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        return pending.TryAdd(token, waiter) ? waiter : throw new InvalidOperationException($"Token {token} is already awaiting an answer");
    }
}
