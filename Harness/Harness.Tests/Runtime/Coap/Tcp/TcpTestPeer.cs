using System.Net;
using Harness.Protocol.Coap;
using Harness.Runtime.Coap.Tcp;

namespace Harness.Tests.Runtime.Coap.Tcp;

/// <summary>Loopback listener and helpers shared by the endpoint tests.</summary>
internal static class TcpTestPeer
{
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    public static CoapTcpSettings Settings { get; } = new() { CsmTimeout = Deadline, ResponseTimeout = Deadline };

    /// <summary>Settings of a client that sends nothing by itself, for raw byte tests.</summary>
    public static CoapTcpSettings Raw { get; } = Settings with { SendCsm = false, RequirePeerCsmFirst = false, AnswerPings = false };

    public static CoapTcpListener Listen(CoapTcpRequestHandler? handler = null, CoapTcpSettings? settings = null, TimeProvider? time = null) =>
        CoapTcpListener.Start(new IPEndPoint(IPAddress.Loopback, 0), handler, settings ?? Settings, time);

    public static CoapMessage Get(string path) =>
        new(CoapMessageType.Confirmable, CoapCode.Get, 0, default, [CoapOption.FromString(OptionNumber.UriPath, path)]);

    public static CoapMessage Content(string text) =>
        new CoapMessage(CoapMessageType.Confirmable, CoapCode.Content).WithPayload(text);

    /// <summary>Answers GET /echo-path with the path and a 2.04 to anything else.</summary>
    public static Task<CoapMessage?> Echo(CoapMessage request, CoapTcpConnection connection, CancellationToken cancellation) =>
        Task.FromResult<CoapMessage?>(request.Code == CoapCode.Get ? Content(request.UriPath) : new CoapMessage(CoapMessageType.Confirmable, CoapCode.Changed));
}
