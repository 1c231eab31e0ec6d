using System.Net;
using Harness.Protocol.Lwm2m.Content;
using Harness.Runtime.Peers;
using Harness.Testing.Plan;

namespace Harness.Testing.Suite;

/// <summary>Builds the fake LwM2M Server's settings of one test from the plan's IXIT.</summary>
public static class ServerSettingsFactory
{
    /// <summary>
    /// Binds to ixit.serverAddress and ixit.serverPort (0: a fresh port), uses the IXIT transmission
    /// parameters and deadlines from <paramref name="timings"/>, decodes responses with the suite's codecs,
    /// and judges nothing by version: the server accepts what any version allows, and test cases judge
    /// the DUT's messages against the plan's version themselves.
    /// </summary>
    public static FakeLwm2mServerSettings Create(TestPlan plan, SuiteTimings timings, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(timings);
        if (!IPAddress.TryParse(plan.Ixit.ServerAddress, out var address))
        {
            throw new InvalidDataException($"ixit.serverAddress \"{plan.Ixit.ServerAddress}\" is not an IP address");
        }

        return new FakeLwm2mServerSettings
        {
            LocalEndPoint = new IPEndPoint(address, plan.Ixit.ServerPort),
            Transmission = timings.Transmission,
            TimeProvider = time ?? TimeProvider.System,
            ExpectTimeout = timings.Exchange,
            QueuedRequestTimeout = timings.Exchange,
            AwakeWindow = timings.AwakeWindow,
            AnswerPolicy = RegistrationAnswerPolicy.Manual,
            ExpectedVersion = null,
            Codecs = format => Lwm2mContentCodecs.TryGet(format, out var codec) ? codec : null,
        };
    }
}
