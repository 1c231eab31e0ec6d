using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m;
using Harness.Protocol.Lwm2m.Nodes;
using Harness.Protocol.Lwm2m.Values;
using Harness.Runtime.Coap;
using Harness.Testing.Cases;
using Harness.Testing.Metadata;
using Harness.Testing.Verdicts;

namespace TestCases.DeviceManagement;

/// <summary>LightweightM2M-1.1-int-203 and 1.0-int-203 (the same steps) Querying basic information in TLV format: the Device object instance with resources 0, 1, 2, 3, 11 and 16 (= "U").</summary>
public sealed class TlvBasicInformation : DutWithObjectsTestCase
{
    private static readonly int[] ExpectedResources = [0, 1, 2, 3, 11, 16];

    private static readonly Lwm2mPath Device = new(3, 0);

    protected override IReadOnlyList<Lwm2mPath> RequiredInstances { get; } = [Device];

    /// <summary>
    /// A Read with Accept TLV that is never answered says something about TLV: a DUT without it must still answer,
    /// 4.06 Not Acceptable, so the timeout is reported as the TLV request left unanswered (a crash still explains it first).
    /// </summary>
    protected override VerdictCheck? ExplainFailure(Exception failure) =>
        base.ExplainFailure(failure)
        ?? (failure is CoapTimeoutException timeout && CurrentStep == 1
            ? new VerdictCheck(Verdict.OutOfTime, $"the Read of {Device} with Accept TLV (11542) is never answered, not even 4.06 Not Acceptable")
            {
                Step = CurrentStep,
                Expected = "2.05 Content in TLV, or 4.06 Not Acceptable",
                Actual = timeout.Message,
            }
            : null);

    [Test]
    [Ets("LightweightM2M-1.1-int-203", "LightweightM2M-1.0-int-203")]
    [Description("Querying basic information in TLV format")]
    [Requirement("LwM2M-DMSE-001-C-M", "LwM2M-OBJ-004-C-M")]
    [SpecClause(Clauses.Read)]
    [SpecClause(Clauses.Tlv)]
    [Lwm2mVersions("1.0")]
    [RequiresIcs("contentFormat:tlv")]
    [Interface(Lwm2mInterfaces.DeviceManagement)]
    [Category(Tags.TestFest)]
    public Task Int203TlvBasicInformation() => RunAsync(async () =>
    {
        Step(1, $"the server reads {Device} with Accept application/vnd.oma.lwm2m+tlv");
        var response = await Server.SendReadAsync(Device, ContentFormat.LwM2mTlv, Registration);
        StopUnless(CheckCode(response, CoapCode.Content, $"the Read of {Device}"));
        Check(response.ContentFormat == ContentFormat.LwM2mTlv, "the instance comes as TLV", "Content-Format 11542", response.ContentFormat?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none");
        var decoded = response.Decoded;
        StopUnless(Check(decoded is { IsValid: true }, "the payload is a valid TLV object instance", "valid TLV", response.ToString()));

        Step(2, "the instance holds resources 0, 1, 2, 3, 11 and 16, and 16 (Supported Binding and Modes) is \"U\"");
        var instance = decoded!.Content!.Entries.Select(entry => entry.Node).OfType<Lwm2mObjectInstance>().FirstOrDefault(node => node.Id == 0);
        StopUnless(Check(instance is not null, "the payload is object instance 0", "an object instance 0", decoded.Content.ToString()));
        var missing = ExpectedResources.Where(id => !instance!.TryGetResource(id, out _)).ToList();
        Check(missing.Count == 0, "resources 0, 1, 2, 3, 11 and 16 are present", "all present", missing.Count == 0 ? "all present" : "missing " + string.Join(", ", missing));
        var binding = instance!.TryGetResource(16, out var resource) && resource is Lwm2mSingleResource { Value: StringValue text } ? text.Value : null;
        Check(binding == "U", "resource 16 (Supported Binding and Modes) is \"U\"", "U", binding ?? resource?.ToString() ?? "absent");
    });
}
