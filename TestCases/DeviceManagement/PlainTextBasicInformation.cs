using Harness.Protocol.Coap;
using Harness.Protocol.Lwm2m;
using Harness.Testing.Cases;
using Harness.Testing.Metadata;

namespace TestCases.DeviceManagement;

/// <summary>LightweightM2M-1.1-int-201 and 1.0-int-201 (the same steps) Querying basic information in Plain Text format: Manufacturer, Model Number and Serial Number, one by one.</summary>
public sealed class PlainTextBasicInformation : DutWithObjectsTestCase
{
    private static readonly (Lwm2mPath Path, string Name)[] Resources =
    [
        (new Lwm2mPath(3, 0, 0), "Manufacturer"),
        (new Lwm2mPath(3, 0, 1), "Model Number"),
        (new Lwm2mPath(3, 0, 2), "Serial Number"),
    ];

    protected override IReadOnlyList<Lwm2mPath> RequiredInstances { get; } = [new Lwm2mPath(3, 0)];

    [Test]
    [Ets("LightweightM2M-1.1-int-201", "LightweightM2M-1.0-int-201")]
    [Description("Querying basic information in Plain Text format")]
    [Requirement("LwM2M-DMSE-001-C-M", "LwM2M-OBJ-004-C-M")]
    [SpecClause(Clauses.Read)]
    [SpecClause(Clauses.PlainText)]
    [Lwm2mVersions("1.0")]
    [RequiresIcs("contentFormat:plainText")]
    [Interface(Lwm2mInterfaces.DeviceManagement)]
    [Category(Tags.TestFest)]
    public Task Int201PlainTextBasicInformation() => RunAsync(async () =>
    {
        for (int index = 0; index < Resources.Length; index++)
        {
            var (path, name) = Resources[index];
            Step(index + 1, $"the server reads {name} ({path}) with Accept text/plain");
            var response = await Server.SendReadAsync(path, ContentFormat.TextPlain, Registration);
            if (!CheckCode(response, CoapCode.Content, $"the Read of {path}"))
            {
                continue;
            }

            Check(response.ContentFormat == ContentFormat.TextPlain, $"{name} comes as text/plain", "Content-Format 0", response.ContentFormat?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none");
            Check(response.Decoded is { IsValid: true } && response.Payload.Length > 0, $"{name} is a plain-text value", "a non-empty string", response.ToString());
        }
    });
}
