namespace Harness.Tests.Testing.Traceability;

/// <summary>A results.json written by hand in the shape the CLI's run writes: int-101 passed, int-102 failed, int-105 excluded.</summary>
internal static class HandmadeResults
{
    public const string InitialRegistration = "TestCases.Registration.InitialRegistration.Int101InitialRegistration";
    public const string RegistrationUpdate = "TestCases.Registration.RegistrationUpdate.Int102RegistrationUpdate";
    public const string DiscardedRegisterUpdate = "TestCases.Registration.DiscardedRegisterUpdate.Int105DiscardedRegisterUpdate";

    public const string Json = $$"""
        {
          "plan": "testplan.yaml",
          "baseline": null,
          "startedAt": "2026-11-22T23:15:00+00:00",
          "durationSeconds": 3.5,
          "interrupted": false,
          "hasNewFailures": true,
          "counts": { "Pass": 1, "Fail": 1 },
          "tests": [
            {
              "fullName": "{{InitialRegistration}}",
              "ets": [ "LightweightM2M-1.1-int-101" ],
              "title": "Initial Registration",
              "interface": "Registration",
              "requirements": [ "LwM2M-CR-001-C-M", "LwM2M-REG-02" ],
              "verdict": "Pass",
              "verdictPublished": true,
              "baseline": "none",
              "durationSeconds": 1.2,
              "message": null,
              "output": "",
              "checks": [
                { "verdict": "Pass", "reason": "ep is the Endpoint Client Name the DUT was configured with", "step": 1, "requirements": [ "LwM2M-CR-002-C-M", "LwM2M-REG-02" ], "specClause": null },
                { "verdict": "Pass", "reason": "lwm2m is 1.1", "step": 1, "requirements": [ "LwM2M-CR-004-C-M" ] }
              ]
            },
            {
              "fullName": "{{RegistrationUpdate}}",
              "ets": [ "LightweightM2M-1.1-int-102" ],
              "title": "Registration Update",
              "requirements": [ "LwM2M-CR-008-C-M" ],
              "verdict": "Fail",
              "message": "step 2: the Update carries lwm2m=1.0",
              "checks": [
                { "verdict": "Fail", "reason": "the Update carries only parameters Update defines", "step": 2, "requirements": [ "LwM2M-CR-008-C-M" ] }
              ]
            }
          ],
          "notRun": [
            { "fullName": "{{DiscardedRegisterUpdate}}", "ets": [ "LightweightM2M-1.1-int-105" ], "outcome": "Excluded", "reason": "excluded by selection.exclude.tags \"slow\"" }
          ],
          "unmatchedBaselineEntries": []
        }
        """;

    public static string WriteTo(string folder)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "results.json");
        File.WriteAllText(path, Json);
        return path;
    }
}
